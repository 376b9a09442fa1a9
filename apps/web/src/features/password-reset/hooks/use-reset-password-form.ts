import type { ResetPasswordResponse, ResetTokenInfo } from '@portal/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { useNewPassword } from '@/components/new-password/use-new-password';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { useResetPassword } from '../api/reset-password';
import { type ResetFormProblem, toResetProblem } from '../reset-problem';

type ResetPasswordFormOptions = {
  token: string;
  /** Whose password this is: the rules refuse passwords containing its username or domain. */
  account: ResetTokenInfo;
  onPasswordChanged: (next: ResetPasswordResponse['next']) => void;
  /** The link stopped working while the form was open (used elsewhere, or a newer mail). */
  onInvalidToken: () => void;
};

/** The state and behaviour of the reset form: the new password, the call, its problems. */
export function useResetPasswordForm({
  token,
  account,
  onPasswordChanged,
  onInvalidToken,
}: ResetPasswordFormOptions) {
  const reset = useResetPassword();
  const newPassword = useNewPassword(account);
  const [problem, setProblem] = useState<ResetFormProblem | null>(null);
  const { secondsLeft: waitSeconds, waiting } = useProblemWait(problem, setProblem);
  const busy = reset.isPending;
  const { passwordRef } = newPassword;
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();

  // The link was opened to type a new password: start there.
  useEffect(() => passwordRef.current?.focus(), [passwordRef]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || waiting) return;
    setProblem(null);
    if (!newPassword.validate()) return focusFirstInvalid();
    reset.mutate(
      { token, password: newPassword.password },
      {
        onSuccess: (response) => onPasswordChanged(response.next),
        onError: (error) => {
          const next = toResetProblem(error);
          if (next.kind === 'invalidToken') onInvalidToken();
          else if (next.kind === 'weakPassword') {
            newPassword.refuse(next.reason);
            focusFirstInvalid();
          } else setProblem(next);
        },
      },
    );
  }

  return { formRef, newPassword, problem, waitSeconds, waiting, busy, handleSubmit };
}
