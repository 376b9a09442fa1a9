import { ERROR_CODES, USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from '@portal/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useCreateCustomer } from '../api/create-customer';
import {
  ADMIN_EMAIL_MAX_LENGTH,
  ADMIN_NAME_MAX_LENGTH,
  CUSTOMER_DOMAIN_MAX_LENGTH,
  CUSTOMER_NAME_MAX_LENGTH,
} from '../constants';
import { customerFieldMessage } from '../customer-field-message';
import {
  type CustomerFormErrors,
  type CustomerFormField,
  customerFormFieldOf,
  EMPTY_CUSTOMER_FORM,
  toCreateCustomerBody,
} from '../customer-form';

type AddCustomerDialogProps = {
  onDone: (message: string) => void;
  onClose: () => void;
};

/**
 * "Add customer": name, an optional domain and the first administrator, who is mailed a link to
 * set a password. Problems are shown at their field; the focus goes to the first one.
 */
export function AddCustomerDialog({ onDone, onClose }: AddCustomerDialogProps) {
  const { t } = useTranslation();
  const create = useCreateCustomer();
  const alertId = useId();
  const [values, setValues] = useState(EMPTY_CUSTOMER_FORM);
  const [errors, setErrors] = useState<CustomerFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();

  function showErrors(next: CustomerFormErrors) {
    setErrors(next);
    focusFirstInvalid();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setProblem(null);
    const checked = toCreateCustomerBody(values);
    if (checked.errors) return showErrors(checked.errors);
    setErrors({});
    try {
      const customer = await create.mutateAsync(checked.body);
      onDone(
        t('customers.add.done', {
          name: customer.name,
          domain: customer.domain,
          email: checked.body.admin.email,
        }),
      );
    } catch (error) {
      if (isApiError(error, ERROR_CODES.DOMAIN_TAKEN)) return showErrors({ domain: 'taken' });
      const field = isApiError(error, ERROR_CODES.VALIDATION_ERROR)
        ? customerFormFieldOf(error.field)
        : null;
      if (field) return showErrors({ [field]: 'invalid' });
      setProblem(isApiError(error) ? apiErrorMessage(error.code, t) : t('common.unexpected'));
    }
  }

  function fieldProps(field: CustomerFormField) {
    const fieldProblem = errors[field];
    return {
      name: field,
      value: values[field],
      onChange: (event: { target: { value: string } }) => {
        setValues((current) => ({ ...current, [field]: event.target.value }));
        setErrors((current) => ({ ...current, [field]: undefined }));
      },
      error: fieldProblem && customerFieldMessage(field, fieldProblem, t),
      describedBy: problem ? alertId : undefined,
      autoComplete: 'off',
      spellCheck: false,
    };
  }

  return (
    <Modal
      title={t('customers.add.title')}
      description={t('customers.add.description')}
      onClose={onClose}
      closeButton={false}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-busy={create.isPending}
      >
        {problem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {problem}
          </div>
        )}
        <TextField
          {...fieldProps('name')}
          label={t('customers.add.name')}
          maxLength={CUSTOMER_NAME_MAX_LENGTH}
          required
          data-autofocus
        />
        <TextField
          {...fieldProps('domain')}
          label={t('customers.add.domain')}
          optional
          hint={t('customers.add.domainHint')}
          maxLength={CUSTOMER_DOMAIN_MAX_LENGTH}
          autoCapitalize="off"
        />
        <fieldset className="choice-group">
          <legend className="choice-group__legend">{t('customers.add.adminHeading')}</legend>
          <TextField
            {...fieldProps('username')}
            label={t('customers.add.username')}
            hint={t('customers.add.usernameHint', {
              min: USERNAME_MIN_LENGTH,
              max: USERNAME_MAX_LENGTH,
            })}
            required
            autoCapitalize="off"
          />
          <TextField
            {...fieldProps('email')}
            type="email"
            label={t('customers.add.email')}
            maxLength={ADMIN_EMAIL_MAX_LENGTH}
            required
          />
          <TextField
            {...fieldProps('adminName')}
            label={t('customers.add.adminName')}
            optional
            maxLength={ADMIN_NAME_MAX_LENGTH}
          />
        </fieldset>
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('customers.add.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending && <span className="button__spinner" aria-hidden="true" />}
            {t('customers.add.submit')}
          </button>
        </div>
        {create.isPending && (
          <p className="visually-hidden" role="status">
            {t('customers.add.busy')}
          </p>
        )}
      </form>
    </Modal>
  );
}
