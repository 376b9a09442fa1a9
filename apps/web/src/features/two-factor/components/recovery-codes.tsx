import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyToClipboard } from '@/hooks/use-copy-to-clipboard';
import { downloadTextFile } from '@/lib/download-text-file';
import type { PendingAccount } from '@/lib/two-factor-setup-state';
import { RECOVERY_CODES_FILENAME, recoveryCodesFileText } from '../recovery-codes-file';

type RecoveryCodesProps = {
  codes: readonly string[];
  account: PendingAccount | undefined;
  accountName: string;
  onContinue: () => void;
  /** A new set under Account → Security rather than the first one at activation. */
  renewed?: boolean;
};

/** The recovery codes, shown this once, with ways to keep them: copy and download. */
export function RecoveryCodes({
  codes,
  account,
  accountName,
  onContinue,
  renewed = false,
}: RecoveryCodesProps) {
  const { t, i18n } = useTranslation();
  const { state, copy } = useCopyToClipboard();
  const intro = useRef<HTMLParagraphElement>(null);

  // The button that led here is gone: start reading (and tabbing) from the news.
  useEffect(() => intro.current?.focus(), []);

  function download() {
    const text = recoveryCodesFileText({
      codes,
      account,
      accountName,
      createdAt: new Date(),
      language: i18n.resolvedLanguage,
      t,
    });
    downloadTextFile(RECOVERY_CODES_FILENAME, text);
  }

  return (
    <div className="recovery">
      <p ref={intro} tabIndex={-1} className="recovery__intro">
        {renewed ? t('twoFactor.recoveryCodes.renewedIntro') : t('twoFactor.recoveryCodes.intro')}
      </p>
      <p className="alert alert--info">{t('twoFactor.recoveryCodes.note')}</p>
      <ol className="recovery-codes" aria-label={t('twoFactor.recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copy(codes.join('\n'))}
        >
          {t('twoFactor.recoveryCodes.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('twoFactor.recoveryCodes.download')}
        </button>
      </div>
      <p className="copy-status" role="status">
        {state === 'copied' && t('twoFactor.setup.copied')}
        {state === 'failed' && t('twoFactor.setup.copyFailed')}
      </p>
      <button type="button" className="button button--primary button--block" onClick={onContinue}>
        {renewed ? t('twoFactor.recoveryCodes.done') : t('twoFactor.recoveryCodes.continue')}
      </button>
    </div>
  );
}
