import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { isTotpCode, normalizeTotpCode, TOTP_CODE_INPUT_PROPS } from '@/lib/totp-code';
import { useConfirmTotpEnrollment } from '../api/confirm-totp-enrollment';
import { isFieldProblem } from '../code-problem';
import { useCodeEntry } from '../hooks/use-code-entry';
import { CodeAlert } from './code-alert';

type ConfirmEnrollmentFormProps = {
  onConfirmed: (recoveryCodes: string[]) => void;
  onExpired: () => void;
};

/** The first code from the app proves that it has the secret; only then is 2FA switched on. */
export function ConfirmEnrollmentForm({ onConfirmed, onExpired }: ConfirmEnrollmentFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const alertId = useId();
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
        {entry.problem && (
          <CodeAlert
            id={alertId}
            problem={entry.problem}
            lockoutSeconds={entry.lockoutSeconds}
            messages={{
              format: t('twoFactor.codeRequired'),
              invalidCode: t('twoFactor.setup.invalidCode'),
            }}
          />
        )}
        <TextField
          {...TOTP_CODE_INPUT_PROPS}
          ref={entry.inputRef}
          name="code"
          label={t('twoFactor.codeLabel')}
          value={entry.value}
          onChange={(event) => entry.setValue(event.target.value)}
          required
          invalid={isFieldProblem(entry.problem)}
          describedBy={entry.problem ? alertId : undefined}
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={busy || entry.lockedOut}
        >
          {busy && <span className="button__spinner" aria-hidden="true" />}
          {t('twoFactor.setup.activate')}
        </button>
        {busy && (
          <p className="visually-hidden" role="status">
            {t('twoFactor.setup.activating')}
          </p>
        )}
      </form>
    </section>
  );
}
