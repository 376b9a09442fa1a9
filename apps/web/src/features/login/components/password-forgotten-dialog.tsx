import { LIMITS } from '@portal/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { useRequestPasswordReset } from '../api/request-password-reset';
import {
  type PasswordForgottenProblem,
  passwordForgottenProblemMessage,
  toPasswordForgottenProblem,
} from '../password-forgotten-problem';
import {
  PASSWORD_FORGOTTEN_FIELDS,
  type PasswordForgottenField,
  type PasswordForgottenFieldErrors,
  type PasswordForgottenValues,
  toPasswordForgottenRequest,
} from '../password-forgotten-request';

type PasswordForgottenDialogProps = {
  /** What the login form holds when the dialog opens: nothing has to be typed twice. */
  initialValues: PasswordForgottenValues;
  onClose: () => void;
};

const MAX_LENGTHS: Record<PasswordForgottenField, number> = {
  tenantDomain: LIMITS.tenantDomainMax,
  username: LIMITS.usernameMax,
};

/**
 * "Password forgotten?": tenant domain and username, then a reset link by e-mail. The answer is
 * the same whether or not the account exists, and so is what this dialog says.
 */
export function PasswordForgottenDialog({ initialValues, onClose }: PasswordForgottenDialogProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const request = useRequestPasswordReset();
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<PasswordForgottenFieldErrors>({});
  const [problem, setProblem] = useState<PasswordForgottenProblem | null>(null);
  const [sent, setSent] = useState(false);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  const sentText = useRef<HTMLParagraphElement>(null);
  // Focus starts where there is something to type (decided once, when the dialog opens).
  const [firstEmpty] = useState(() =>
    PASSWORD_FORGOTTEN_FIELDS.find((field) => initialValues[field].trim() === ''),
  );

  const { secondsLeft: waitSeconds, waiting } = useProblemWait(problem, setProblem);
  const busy = request.isPending;

  // The form and its buttons are gone: start reading (and tabbing) from the confirmation.
  useEffect(() => {
    if (sent) sentText.current?.focus();
  }, [sent]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || waiting) return;
    const { request: body, errors } = toPasswordForgottenRequest(values);
    setProblem(null);
    setFieldErrors(errors ?? {});
    if (errors) return focusFirstInvalid();
    setValues(body);
    request.mutate(body, {
      onSuccess: () => setSent(true),
      onError: (error) => {
        const next = toPasswordForgottenProblem(error);
        setProblem(next);
        if (next.kind === 'validation' && next.field) {
          setFieldErrors({ [next.field]: 'Invalid' });
          focusFirstInvalid();
        }
      },
    });
  }

  function fieldProps(field: PasswordForgottenField) {
    const error = fieldErrors[field];
    return {
      name: field,
      value: values[field],
      required: true,
      maxLength: MAX_LENGTHS[field],
      autoCapitalize: 'off',
      autoCorrect: 'off',
      spellCheck: false,
      'data-autofocus': field === (firstEmpty ?? 'username') ? true : undefined,
      error: error && t(`login.fieldErrors.${field}${error}`, { max: MAX_LENGTHS[field] }),
      describedBy: problem ? alertId : undefined,
      onChange: (event: { target: { value: string } }) =>
        setValues((current) => ({ ...current, [field]: event.target.value })),
    };
  }

  if (sent) {
    return (
      <Modal title={t('login.passwordForgottenDialog.title')} onClose={onClose}>
        <p ref={sentText} tabIndex={-1} className="modal__focus-start">
          {t('login.passwordForgottenDialog.sent')}
        </p>
      </Modal>
    );
  }

  return (
    <Modal
      title={t('login.passwordForgottenDialog.title')}
      description={t('login.passwordForgottenDialog.description')}
      onClose={onClose}
      closeButton={false}
    >
      <form ref={formRef} noValidate onSubmit={handleSubmit} aria-busy={busy}>
        {problem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {passwordForgottenProblemMessage(problem, waitSeconds, t)}
          </div>
        )}
        <TextField
          {...fieldProps('tenantDomain')}
          label={t('login.tenantDomain')}
          hint={t('login.tenantDomainHint')}
          inputMode="url"
        />
        <TextField
          {...fieldProps('username')}
          label={t('login.username')}
          autoComplete="username"
        />
        <div className="modal__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('login.passwordForgottenDialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || waiting}>
            {busy && <span className="button__spinner" aria-hidden="true" />}
            {t('login.passwordForgottenDialog.submit')}
          </button>
        </div>
        {busy && (
          <p className="visually-hidden" role="status">
            {t('login.passwordForgottenDialog.submitting')}
          </p>
        )}
      </form>
    </Modal>
  );
}
