import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PagerProps = {
  /** Names the navigation landmark, e.g. "User pages": every landmark needs its own name. */
  label: string;
  /** Rows on the pages before this one. */
  offset: number;
  /** Rows on this page. */
  shown: number;
  /**
   * All rows, as counted with the first page; null when not known: then the range shows no
   * total while there are more pages ("51–100"), and ends with this page on the last one.
   */
  total: number | null;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous / Next through a server-paged list, with "1–25 of 1,000" announced on each move. */
export function Pager({
  label,
  offset,
  shown,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: PagerProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const from = number.format(offset + 1);
  const to = number.format(offset + shown);
  const knownTotal = total ?? (hasNext ? null : offset + shown);

  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__range" aria-live="polite">
        {knownTotal === null
          ? t('common.pager.rangeOpen', { from, to })
          : t('common.pager.range', { from, to, total: number.format(knownTotal) })}
      </p>
      <PagerButton enabled={hasPrevious} onClick={onPrevious}>
        {t('common.pager.previous')}
      </PagerButton>
      <PagerButton enabled={hasNext} onClick={onNext}>
        {t('common.pager.next')}
      </PagerButton>
    </nav>
  );
}

/**
 * aria-disabled instead of disabled: a button that turns off under the keyboard focus (Next on
 * the last page) keeps the focus instead of dropping it to the page.
 */
function PagerButton({
  enabled,
  onClick,
  children,
}: {
  enabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-disabled={!enabled}
      onClick={() => {
        if (enabled) onClick();
      }}
    >
      {children}
    </button>
  );
}
