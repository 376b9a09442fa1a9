import type { WeakPasswordReason } from '@portal/shared';
import { checkPasswordInBrowser } from '@portal/shared/common-passwords';
import { type FocusEvent, useRef, useState } from 'react';
import { passwordStrength } from './password-strength';

/** Whose password it is: the rules refuse passwords containing its username or domain. */
export type PasswordOwner = { username: string; tenantDomain: string };

/** Why the new password is not acceptable: a rule, or the server's verdict (undefined: unknown). */
export type PasswordIssue = { reason: WeakPasswordReason | undefined };

export type ConfirmIssue = 'confirmRequired' | 'mismatch';

/**
 * A new password typed twice, judged on every keystroke by the rules the API applies (shared),
 * with its strength, the confirmation and a refusal by the server. The form around it moves the
 * focus (useFirstInvalidFocus) to the field these mark invalid.
 * The list check uses the browser's subset of the server's breached list: whatever it refuses,
 * the server refuses too, so the meter never calls those passwords fair.
 */
export function useNewPassword(owner: PasswordOwner) {
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  // After a first try, broken rules show as errors, not only as live advice.
  const [submitted, setSubmitted] = useState(false);
  const [confirmTouched, setConfirmTouched] = useState(false);
  // The server refused the password just sent (e.g. "common", which only it can check).
  const [refusal, setRefusal] = useState<PasswordIssue | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const check = checkPasswordInBrowser(password, owner);
  const passwordIssue: PasswordIssue | null =
    refusal ?? (password !== '' && !check.ok ? { reason: check.reason } : null);
  const confirmIssue: ConfirmIssue | null =
    (submitted || confirmTouched) && confirm !== password
      ? confirm === ''
        ? 'confirmRequired'
        : 'mismatch'
      : null;

  return {
    password,
    confirm,
    visible,
    strength: passwordStrength(password, check),
    passwordIssue,
    passwordInvalid: refusal !== null || (submitted && !check.ok),
    confirmIssue,
    passwordRef,
    confirmRef,
    setPassword: (value: string) => {
      setPasswordValue(value);
      setRefusal(null);
    },
    setConfirm,
    setVisible,
    // Judged once typed and left, not while the first characters go in. Not when left for the
    // submit button: the message would push the button down between press and release, the click
    // would be lost, and the focus would stay on the button; the submit judges it anyway.
    onConfirmBlur: (event: FocusEvent<HTMLInputElement>) => {
      const next = event.relatedTarget;
      const toSubmit = next instanceof HTMLButtonElement && next.type === 'submit';
      if (confirm !== '' && !toSubmit) setConfirmTouched(true);
    },
    /** On submit: true when both fields are fine; otherwise the wrong ones are marked. */
    validate(): boolean {
      setSubmitted(true);
      return check.ok && confirm === password;
    },
    /** The server refused it: both fields start afresh, the reason stays. */
    refuse(reason: WeakPasswordReason | undefined) {
      setRefusal({ reason });
      setPasswordValue('');
      setConfirm('');
      setSubmitted(false);
      setConfirmTouched(false);
    },
  };
}

export type NewPassword = ReturnType<typeof useNewPassword>;
