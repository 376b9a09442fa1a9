import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type ResetPasswordResponse,
  type ResetTokenInfo,
} from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useResetPasswordForm } from '../hooks/use-reset-password-form';
import { resetProblemMessage, weakPasswordMessage } from '../reset-problem';
import { PasswordStrengthMeter } from './password-strength-meter';

type ResetPasswordFormProps = {
  token: string;
  account: ResetTokenInfo;
  onPasswordChanged: (next: ResetPasswordResponse['next']) => void;
  onInvalidToken: () => void;
};

const PASSWORD_INPUT_PROPS = {
  autoComplete: 'new-password',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  required: true,
} as const;

/**
 * The account, the new password twice, and what is wrong with it while it is typed: the first
 * broken rule (read out politely) and a strength meter. The server has the last word ("common").
 */
export function ResetPasswordForm({ account, ...options }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const issueId = useId();
  const showId = useId();
  const form = useResetPasswordForm({ account, ...options });
  const type = form.visible ? 'text' : 'password';
  const alert = form.problem ? alertId : undefined;

  return (
    <form className="reset-form" noValidate onSubmit={form.handleSubmit} aria-busy={form.busy}>
      <p>{t('passwordReset.intro')}</p>
      <dl className="details reset-form__account">
        <dt>{t('passwordReset.tenantDomain')}</dt>
        <dd>{account.tenantDomain}</dd>
        <dt>{t('passwordReset.username')}</dt>
        <dd>{account.username}</dd>
      </dl>
      {/* For password managers: whose password is being saved. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={account.username}
        readOnly
        hidden
      />
      {form.problem && (
        <div id={alertId} role="alert" className="alert alert--error">
          {resetProblemMessage(form.problem, form.waitSeconds, t)}
        </div>
      )}
      <div className="reset-form__new-password">
        <TextField
          {...PASSWORD_INPUT_PROPS}
          ref={form.passwordRef}
          name="newPassword"
          type={type}
          label={t('passwordReset.newPassword')}
          hint={t('passwordReset.newPasswordHint', {
            min: PASSWORD_MIN_LENGTH,
            max: PASSWORD_MAX_LENGTH,
          })}
          value={form.password}
          onChange={(event) => form.setPassword(event.target.value)}
          invalid={form.passwordInvalid}
          describedBy={[issueId, alert].filter(Boolean).join(' ')}
        />
        <p
          id={issueId}
          className={
            form.passwordInvalid ? 'password-issue password-issue--error' : 'password-issue'
          }
          aria-live="polite"
        >
          {form.passwordIssue && weakPasswordMessage(form.passwordIssue.reason, t)}
        </p>
        <PasswordStrengthMeter level={form.strength} />
      </div>
      <TextField
        {...PASSWORD_INPUT_PROPS}
        ref={form.confirmRef}
        name="confirmPassword"
        type={type}
        label={t('passwordReset.confirmPassword')}
        value={form.confirm}
        onChange={(event) => form.setConfirm(event.target.value)}
        onBlur={form.onConfirmBlur}
        error={form.confirmIssue ? t(`passwordReset.${form.confirmIssue}`) : undefined}
        describedBy={alert}
      />
      <div className="checkbox">
        <input
          id={showId}
          type="checkbox"
          checked={form.visible}
          onChange={(event) => form.setVisible(event.target.checked)}
        />
        <label htmlFor={showId}>{t('passwordReset.showPasswords')}</label>
      </div>
      <SubmitButton
        busy={form.busy}
        busyLabel={t('passwordReset.submitting')}
        disabled={form.waiting}
      >
        {t('passwordReset.submit')}
      </SubmitButton>
    </form>
  );
}
