import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { isTotpCode, normalizeTotpCode, TOTP_CODE_INPUT_PROPS } from '@/lib/totp-code';
import { useConfirmTotpEnrollment } from '../api/confirm-totp-enrollment';
import { useCodeEntry } from '../hooks/use-code-entry';
import { CodeField } from './code-field';

type ConfirmEnrollmentFormProps = {
  onConfirmed: (recoveryCodes: string[]) => void;
  onExpired: () => void;
};

/** The first code from the app proves that it has the secret; only then is 2FA switched on. */
export function ConfirmEnrollmentForm({ onConfirmed, onExpired }: ConfirmEnrollmentFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const entry = useCodeEntry();
  const confirm = useConfirmTotpEnrollment();
  const busy = confirm.isPending;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || entry.lockedOut) return;
    const code = entry.take({ normalize: normalizeTotpCode, isValid: isTotpCode });
    if (code === null) return;
    confirm.mutate(
      { code },
      {
        onSuccess: (response) => onConfirmed(response.recoveryCodes),
        onError: (error) => {
          if (entry.fail(error).kind === 'loginExpired') onExpired();
        },
      },
    );
  }

  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('twoFactor.setup.confirmHeading')}</h2>
      <p>{t('twoFactor.setup.confirmText')}</p>
      <form className="code-form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <CodeField
          entry={entry}
          name="code"
          label={t('common.totpCode.label')}
          messages={{
            format: t('common.totpCode.required'),
            invalidCode: t('twoFactor.setup.invalidCode'),
          }}
          inputProps={TOTP_CODE_INPUT_PROPS}
          totp
        />
        <SubmitButton
          busy={busy}
          busyLabel={t('twoFactor.setup.activating')}
          disabled={entry.lockedOut}
        >
          {t('twoFactor.setup.activate')}
        </SubmitButton>
      </form>
    </section>
  );
}
