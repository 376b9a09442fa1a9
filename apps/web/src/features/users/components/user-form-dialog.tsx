import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from '../constants';
import { type UserFormSubmit, useUserForm } from '../hooks/use-user-form';
import { userFieldMessage } from '../user-field-message';
import type { UserFormField, UserFormValues } from '../user-form';
import { RoleSelect } from './role-select';

type UserFormDialogProps<Body> = UserFormSubmit<Body> & {
  title: string;
  description: string;
  submitLabel: string;
  busyLabel: string;
  initialValues: UserFormValues;
  /** Accounts linked to the reseller portal get their username from there. */
  usernameManaged?: boolean;
  /** Creating: always. Editing: unless the user has no address (one can be added, not removed). */
  emailRequired: boolean;
  noRoleOption?: boolean;
  onClose: () => void;
};

/** The fields of a user (username, display name, e-mail, role) in a dialog: create and edit. */
export function UserFormDialog<Body>({
  title,
  description,
  submitLabel,
  busyLabel,
  initialValues,
  usernameManaged = false,
  emailRequired,
  noRoleOption = false,
  onClose,
  ...submit
}: UserFormDialogProps<Body>) {
  const { t } = useTranslation();
  const alertId = useId();
  const form = useUserForm(initialValues, submit);

  function fieldProps(field: Exclude<UserFormField, 'role'>) {
    const problem = form.errors[field];
    return {
      name: field,
      value: form.values[field],
      onChange: (event: { target: { value: string } }) => form.change(field, event.target.value),
      error: problem && userFieldMessage(field, problem, t),
      describedBy: form.problem ? alertId : undefined,
      autoComplete: 'off',
      spellCheck: false,
    };
  }

  return (
    <Modal title={title} description={description} onClose={onClose} closeButton={false}>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(event) => void form.handleSubmit(event)}
        aria-busy={form.busy}
      >
        {form.problem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {form.problem}
          </div>
        )}
        <TextField
          {...fieldProps('username')}
          label={t('users.form.username')}
          hint={
            usernameManaged
              ? t('users.form.usernameManaged')
              : t('users.form.usernameHint', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH })
          }
          readOnly={usernameManaged}
          required
          autoCapitalize="off"
          data-autofocus={usernameManaged ? undefined : true}
        />
        <TextField
          {...fieldProps('displayName')}
          label={t('users.form.displayName')}
          optional
          maxLength={DISPLAY_NAME_MAX_LENGTH}
          data-autofocus={usernameManaged ? true : undefined}
        />
        <TextField
          {...fieldProps('email')}
          type="email"
          label={t('users.form.email')}
          maxLength={EMAIL_MAX_LENGTH}
          required={emailRequired}
          optional={!emailRequired}
        />
        <RoleSelect
          name="role"
          label={t('users.form.role')}
          value={form.values.role}
          onChange={(event) => form.change('role', event.target.value)}
          error={form.errors.role && userFieldMessage('role', form.errors.role, t)}
          noRoleOption={noRoleOption}
          required
        />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('users.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy && <span className="button__spinner" aria-hidden="true" />}
            {submitLabel}
          </button>
        </div>
        {form.busy && (
          <p className="visually-hidden" role="status">
            {busyLabel}
          </p>
        )}
      </form>
    </Modal>
  );
}
