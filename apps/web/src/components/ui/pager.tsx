import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PagerProps = {
  /** Names the navigation landmark, e.g. "User pages": every landmark needs its own name. */
  label: string;
  offset: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  onChange: (offset: number) => void;
};

/** Previous / Next through a server-paged list, with "1–25 of 1,000" announced on each move. */
export function Pager({ label, offset, pageSize, shown, total, onChange }: PagerProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);

  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__range" aria-live="polite">
        {t('common.pager.range', {
          from: number.format(offset + 1),
          to: number.format(offset + shown),
          total: number.format(total),
        })}
      </p>
      <PagerButton enabled={offset > 0} onClick={() => onChange(offset - pageSize)}>
        {t('common.pager.previous')}
      </PagerButton>
      <PagerButton enabled={offset + shown < total} onClick={() => onChange(offset + pageSize)}>
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
