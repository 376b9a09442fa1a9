import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { PasswordStrengthMeter } from './password-strength-meter';
import type { NewPassword } from './use-new-password';
import { weakPasswordMessage } from './weak-password-message';

const PASSWORD_INPUT_PROPS = {
  autoComplete: 'new-password',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  required: true,
} as const;

/**
 * "New password" and "Confirm password", with what is wrong while it is typed (the first broken
 * rule, read out politely), a strength meter and "Show passwords". `describedBy` ties both
 * fields to a form-level alert.
 */
export function NewPasswordFields({
  form,
  describedBy,
}: {
  form: NewPassword;
  describedBy?: string | undefined;
}) {
  const { t } = useTranslation();
  const issueId = useId();
  const showId = useId();
  const type = form.visible ? 'text' : 'password';

  return (
    <>
      <div className="reset-form__new-password">
        <TextField
          {...PASSWORD_INPUT_PROPS}
          ref={form.passwordRef}
          name="newPassword"
          type={type}
          label={t('common.newPassword.label')}
          hint={t('common.newPassword.hint', {
            min: PASSWORD_MIN_LENGTH,
            max: PASSWORD_MAX_LENGTH,
          })}
          value={form.password}
          onChange={(event) => form.setPassword(event.target.value)}
          invalid={form.passwordInvalid}
          describedBy={[issueId, describedBy].filter(Boolean).join(' ')}
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
        label={t('common.newPassword.confirmPassword')}
        value={form.confirm}
        onChange={(event) => form.setConfirm(event.target.value)}
        onBlur={form.onConfirmBlur}
        error={form.confirmIssue ? t(`common.newPassword.${form.confirmIssue}`) : undefined}
        describedBy={describedBy}
      />
      <div className="checkbox">
        <input
          id={showId}
          type="checkbox"
          checked={form.visible}
          onChange={(event) => form.setVisible(event.target.checked)}
        />
        <label htmlFor={showId}>{t('common.newPassword.showPasswords')}</label>
      </div>
    </>
  );
}
