import {
  ERROR_CODES,
  LIMITS,
  WEAK_PASSWORD_REASONS,
  type WeakPasswordReason,
} from '@portal/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '@/components/new-password/new-password-fields';
import { useNewPassword } from '@/components/new-password/use-new-password';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { lockoutMessage } from '@/lib/lockout';
import { StepUpCancelled } from '@/lib/step-up';
import { useChangePassword } from '../api/change-password';

type ChangePasswordFormProps = { account: { username: string; tenantDomain: string } };

/**
 * Account → Security → Password: the current password and the new one twice, judged by the
 * same rules as a reset. Other sessions end; this one stays.
 */
export function ChangePasswordForm({ account }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const alertId = useId();
  const change = useChangePassword();
  const newPassword = useNewPassword(account);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    setProblem(null);
    setDone(false);
    setCurrentError(current === '' ? t('account.password.currentRequired') : undefined);
    if (current === '') return focusFirstInvalid();
    if (!newPassword.validate()) return focusFirstInvalid();
    change.mutate(
      { currentPassword: current, newPassword: newPassword.password },
      {
        onSuccess: () => {
          setDone(true);
          setCurrent('');
          newPassword.setPassword('');
          newPassword.setConfirm('');
        },
        onError: (error) => handleError(error),
      },
    );
  }

  function handleError(error: unknown) {
    if (error instanceof StepUpCancelled) return setProblem(t('common.stepUp.cancelled'));
    if (isApiError(error, ERROR_CODES.INVALID_CREDENTIALS)) {
      setCurrent('');
      setCurrentError(t('account.password.wrongCurrent'));
      return focusFirstInvalid();
    }
    if (isApiError(error, ERROR_CODES.WEAK_PASSWORD)) {
      newPassword.refuse(reasonOf(error.reason));
      return focusFirstInvalid();
    }
    if (isApiError(error, ERROR_CODES.TOO_MANY_ATTEMPTS)) {
      return setProblem(lockoutMessage(t, error.retryAfterSeconds ?? 60));
    }
    setProblem(isApiError(error) ? apiErrorMessage(error.code, t) : t('common.unexpected'));
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.password.heading')}</h2>
      <p>{t('account.password.intro')}</p>
      <p className="settings-card__status" role="status">
        {done && t('account.password.changed')}
      </p>
      <form
        ref={formRef}
        className="reset-form"
        noValidate
        onSubmit={handleSubmit}
        aria-busy={change.isPending}
      >
        {/* For password managers: whose password is being changed. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={account.username}
          readOnly
          hidden
        />
        {problem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {problem}
          </div>
        )}
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('account.password.current')}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          maxLength={LIMITS.passwordMax}
          error={currentError}
          describedBy={problem ? alertId : undefined}
          required
        />
        <NewPasswordFields form={newPassword} describedBy={problem ? alertId : undefined} />
        <SubmitButton
          className="button button--primary"
          busy={change.isPending}
          busyLabel={t('account.password.submitting')}
        >
          {t('account.password.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}

function reasonOf(value: string | undefined): WeakPasswordReason | undefined {
  return WEAK_PASSWORD_REASONS.find((reason) => reason === value);
}
