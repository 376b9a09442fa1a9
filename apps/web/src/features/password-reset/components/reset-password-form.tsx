import type { ResetPasswordResponse, ResetTokenInfo } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '@/components/new-password/new-password-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { useResetPasswordForm } from '../hooks/use-reset-password-form';
import { resetProblemMessage } from '../reset-problem';

type ResetPasswordFormProps = {
  token: string;
  account: ResetTokenInfo;
  onPasswordChanged: (next: ResetPasswordResponse['next']) => void;
  onInvalidToken: () => void;
};

/**
 * The account, the new password twice, and what is wrong with it while it is typed: the first
 * broken rule (read out politely) and a strength meter. The server has the last word ("common").
 */
export function ResetPasswordForm({ account, ...options }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const form = useResetPasswordForm({ account, ...options });
  const alert = form.problem ? alertId : undefined;
  const { newAccount } = account;

  return (
    <form
      ref={form.formRef}
      className="reset-form"
      noValidate
      onSubmit={form.handleSubmit}
      aria-busy={form.busy}
    >
      <p>{newAccount ? t('passwordReset.introNewAccount') : t('passwordReset.intro')}</p>
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
      <NewPasswordFields form={form.newPassword} describedBy={alert} />
      <SubmitButton
        busy={form.busy}
        busyLabel={
          newAccount ? t('passwordReset.submittingNewAccount') : t('passwordReset.submitting')
        }
        disabled={form.waiting}
      >
        {newAccount ? t('passwordReset.submitNewAccount') : t('passwordReset.submit')}
      </SubmitButton>
    </form>
  );
}
