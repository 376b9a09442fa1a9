import {
  checkPasswordRules,
  type ResetPasswordResponse,
  type ResetTokenInfo,
  type WeakPasswordReason,
} from '@portal/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { useResetPassword } from '../api/reset-password';
import { passwordStrength } from '../password-strength';
import { type ResetFormProblem, toResetProblem } from '../reset-problem';

type ResetPasswordFormOptions = {
  token: string;
  /** Whose password this is: the rules refuse passwords containing its username or domain. */
  account: ResetTokenInfo;
  onPasswordChanged: (next: ResetPasswordResponse['next']) => void;
  /** The link stopped working while the form was open (used elsewhere, or a newer mail). */
  onInvalidToken: () => void;
};

/** Why the new password is not acceptable: a rule, or the server's verdict (undefined: unknown). */
export type PasswordIssue = { reason: WeakPasswordReason | undefined };

export type ConfirmIssue = 'confirmRequired' | 'mismatch';

/**
 * The state and behaviour of the new-password form: the rules checked on every keystroke, the
 * strength, the confirmation, the call, and where the focus goes.
 */
export function useResetPasswordForm({
  token,
  account,
  onPasswordChanged,
  onInvalidToken,
}: ResetPasswordFormOptions) {
  const reset = useResetPassword();
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  // After a first try, broken rules show as errors, not only as live advice.
  const [submitted, setSubmitted] = useState(false);
  const [confirmTouched, setConfirmTouched] = useState(false);
  // The server refused the password just sent (e.g. "common", which only it can check).
  const [refusal, setRefusal] = useState<PasswordIssue | null>(null);
  const [problem, setProblem] = useState<ResetFormProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const check = checkPasswordRules(password, account);
  const strength = passwordStrength(password, check);
  const { secondsLeft: waitSeconds, waiting } = useProblemWait(problem, setProblem);
  const busy = reset.isPending;

  // The link was opened to type a new password: start there.
  useEffect(() => passwordRef.current?.focus(), []);

  const passwordIssue: PasswordIssue | null =
    refusal ?? (password !== '' && !check.ok ? { reason: check.reason } : null);
  const passwordInvalid = refusal !== null || (submitted && !check.ok);
  const confirmIssue: ConfirmIssue | null =
    (submitted || confirmTouched) && confirm !== password
      ? confirm === ''
        ? 'confirmRequired'
        : 'mismatch'
      : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || waiting) return;
    setSubmitted(true);
    setProblem(null);
    if (!check.ok) {
      passwordRef.current?.focus();
      return;
    }
    if (confirm !== password) {
      confirmRef.current?.focus();
      return;
    }
    reset.mutate(
      { token, password },
      {
        onSuccess: (response) => onPasswordChanged(response.next),
        onError: (error) => {
          const next = toResetProblem(error);
          if (next.kind === 'invalidToken') {
            onInvalidToken();
          } else if (next.kind === 'weakPassword') {
            // A different password is needed: both fields start afresh, the reason stays.
            setRefusal({ reason: next.reason });
            setPasswordValue('');
            setConfirm('');
            setSubmitted(false);
            setConfirmTouched(false);
            passwordRef.current?.focus();
          } else {
            setProblem(next);
          }
        },
      },
    );
  }

  return {
    password,
    confirm,
    visible,
    strength,
    passwordIssue,
    passwordInvalid,
    confirmIssue,
    problem,
    waitSeconds,
    waiting,
    busy,
    passwordRef,
    confirmRef,
    setPassword: (value: string) => {
      setPasswordValue(value);
      setRefusal(null);
    },
    setConfirm,
    // Judged once typed and left, not while the first characters go in.
    onConfirmBlur: () => {
      if (confirm !== '') setConfirmTouched(true);
    },
    setVisible,
    handleSubmit,
  };
}
