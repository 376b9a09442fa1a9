import { LIMITS } from '@portal/shared';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { WaitOverAnnouncement } from '@/components/ui/wait-alert';
import {
  type LoginFormOptions,
  type TwoFactorChallengeStep,
  useLoginForm,
} from '../hooks/use-login-form';
import type { LoginField } from '../login-request';
import { LoginAlert } from './login-alert';
import { PasswordForgottenDialog } from './password-forgotten-dialog';

type LoginFormProps = LoginFormOptions & {
  /** The dialog asking for the second factor (it belongs to another feature). */
  renderTwoFactorChallenge: (step: TwoFactorChallengeStep) => ReactNode;
};

const MAX_LENGTHS: Record<LoginField, number> = {
  tenantDomain: LIMITS.tenantDomainMax,
  username: LIMITS.usernameMax,
  password: LIMITS.passwordMax,
};

/**
 * Tenant domain, username and password; messages above, "Password forgotten?" and "Log in" below.
 * When the account has two-factor authentication, its dialog follows the password step.
 */
export function LoginForm({ renderTwoFactorChallenge, ...props }: LoginFormProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const noticeId = useId();
  const form = useLoginForm(props);
  // Modal dialogs make the page behind them inert in browsers; said here as well, so that the
  // form's fields (the dialog has "Tenant domain" and "Username" too) are out of reach everywhere.
  const dialogOpen = form.challenge !== null || form.passwordForgotten !== null;

  function fieldProps(field: LoginField) {
    const error = form.fieldErrors[field];
    return {
      ref: form.registerInput(field),
      name: field,
      value: form.values[field],
      required: true,
      maxLength: MAX_LENGTHS[field],
      error: error && t(`login.fieldErrors.${field}${error}`, { max: MAX_LENGTHS[field] }),
      // The form-level message explains a failed attempt to whoever lands on a field.
      describedBy: form.problem ? alertId : form.notice ? noticeId : undefined,
      onChange: (event: { target: { value: string } }) => form.setField(field, event.target.value),
    };
  }

  return (
    <>
      <form
        ref={form.formRef}
        className="login-form"
        noValidate
        onSubmit={form.handleSubmit}
        aria-busy={form.busy}
        inert={dialogOpen}
      >
        {form.problem && (
          <LoginAlert id={alertId} problem={form.problem} lockoutSeconds={form.lockoutSeconds} />
        )}
        <WaitOverAnnouncement message={form.lockoutOver ? t('login.lockoutOver') : null} />
        {!form.problem && form.notice && (
          <p id={noticeId} role="status" className="alert alert--success">
            {t(`login.notices.${form.notice}`)}
          </p>
        )}
        <TextField
          {...fieldProps('tenantDomain')}
          label={t('login.tenantDomain')}
          hint={t('login.tenantDomainHint')}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          inputMode="url"
        />
        <TextField
          {...fieldProps('username')}
          label={t('login.username')}
          autoComplete="username"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
        />
        <TextField
          {...fieldProps('password')}
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
        />
        <div className="login-form__forgotten">
          <button
            ref={form.passwordForgottenTrigger}
            type="button"
            className="link-button"
            aria-haspopup="dialog"
            onClick={form.openPasswordForgotten}
          >
            {t('login.passwordForgotten')}
          </button>
        </div>
        <SubmitButton busy={form.busy} busyLabel={t('login.submitting')} disabled={form.lockedOut}>
          {t('login.submit')}
        </SubmitButton>
      </form>
      {/* Outside the form: a form must not contain another one. */}
      {form.challenge && renderTwoFactorChallenge(form.challenge)}
      {form.passwordForgotten && <PasswordForgottenDialog {...form.passwordForgotten} />}
    </>
  );
}
