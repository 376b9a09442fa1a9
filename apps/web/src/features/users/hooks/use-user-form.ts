import { ERROR_CODES } from '@portal/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { isApiError } from '@/lib/api-client';
import { type OwnAccountChange, userChangeProblemMessage } from '../user-change-problem';
import {
  isRoleKey,
  isUserFormField,
  liveUsernameProblem,
  type UserFieldProblem,
  type UserFormErrors,
  type UserFormField,
  type UserFormValues,
} from '../user-form';

export type UserFormSubmit<Body> = {
  /** Checks the values: the body to send (null: nothing changed), or what is wrong. */
  check: (
    values: UserFormValues,
  ) => { body: Body | null; errors?: undefined } | { errors: UserFormErrors };
  /** Sends the body; rejects with the API's error. */
  send: (body: Body) => Promise<unknown>;
  onDone: (body: Body) => void;
  /** Nothing to send: closes the dialog. */
  onUnchanged: () => void;
  /** Which own-account refusal this form can run into (editing: removing one's admin role). */
  ownAccountChange: OwnAccountChange;
};

/** A field the API named in its refusal: taken usernames and values the schema rejected. */
function fieldOfRefusal(
  error: unknown,
): { field: UserFormField; problem: UserFieldProblem } | null {
  if (isApiError(error, ERROR_CODES.USERNAME_TAKEN)) return { field: 'username', problem: 'taken' };
  if (isApiError(error, ERROR_CODES.VALIDATION_ERROR) && isUserFormField(error.field)) {
    return { field: error.field, problem: 'invalid' };
  }
  return null;
}

/**
 * The state of the create and edit dialogs: values, the problem of each field (the username's
 * rules live, while typing), the problem of the whole form, and where the focus goes on an error.
 */
export function useUserForm<Body>(initialValues: UserFormValues, submit: UserFormSubmit<Body>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<UserFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();

  function showErrors(next: UserFormErrors) {
    setErrors(next);
    focusFirstInvalid();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const checked = submit.check(values);
    if (checked.errors) return showErrors(checked.errors);
    setErrors({});
    if (checked.body === null) return submit.onUnchanged();
    setBusy(true);
    try {
      await submit.send(checked.body);
    } catch (error) {
      setBusy(false);
      const refusal = fieldOfRefusal(error);
      if (refusal) showErrors({ [refusal.field]: refusal.problem });
      else setProblem(userChangeProblemMessage(error, t, submit.ownAccountChange));
      return;
    }
    submit.onDone(checked.body);
  }

  function change(field: UserFormField, value: string) {
    if (field === 'role') {
      setValues((current) => ({ ...current, role: isRoleKey(value) ? value : '' }));
    } else {
      setValues((current) => ({ ...current, [field]: value }));
    }
    // A field's problem goes as it is edited; the username's rules are checked as one types.
    const live = field === 'username' ? liveUsernameProblem(value) : null;
    setErrors((current) => ({ ...current, [field]: live ?? undefined }));
  }

  return {
    values,
    errors,
    problem,
    busy,
    handleSubmit,
    change,
    formRef,
  };
}
