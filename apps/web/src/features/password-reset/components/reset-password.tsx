import type { ResetPasswordResponse, ResetTokenInfo } from '@portal/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Spinner } from '@/components/ui/spinner';
import { useCountdown } from '@/hooks/use-countdown';
import { useVerifyResetToken } from '../api/verify-reset-token';
import { type ResetFormProblem, resetProblemMessage, toResetProblem } from '../reset-problem';
import { isResetToken } from '../reset-token';
import { InvalidResetLink } from './invalid-reset-link';
import { ResetPasswordForm } from './reset-password-form';

export type PasswordChanged = {
  next: ResetPasswordResponse['next'];
  account: ResetTokenInfo;
};

type ResetPasswordProps = {
  /** The token of the link ('' when the link had none). */
  token: string;
  onPasswordChanged: (result: PasswordChanged) => void;
};

/**
 * "Change password" ("Set your password" for a new account), opened by the link of a reset or
 * account-created mail: the link is checked once, then the form asks for the new password; a
 * link that does not (or no longer) work says so.
 */
export function ResetPassword({ token, onPasswordChanged }: ResetPasswordProps) {
  const { t } = useTranslation();
  const verify = useVerifyResetToken();
  const { mutate } = verify;
  const started = useRef(false);
  const wellFormed = isResetToken(token);
  // The link stopped working while the form was open: used in another tab, or a newer mail.
  const [usedUp, setUsedUp] = useState(false);

  const check = useCallback(() => mutate({ token }), [mutate, token]);

  useEffect(() => {
    // Once per visit: React's StrictMode runs effects twice in development.
    if (started.current || !wellFormed) return;
    started.current = true;
    check();
  }, [check, wellFormed]);

  const account = verify.data;
  const problem = verify.isError ? toResetProblem(verify.error) : null;

  if (usedUp) return <InvalidResetLink account={account} />;
  if (!wellFormed || problem?.kind === 'invalidToken' || problem?.kind === 'validation') {
    return <InvalidResetLink account={undefined} />;
  }
  if (account) {
    return (
      <AuthLayout
        title={
          account.newAccount ? t('passwordReset.headingNewAccount') : t('passwordReset.heading')
        }
      >
        <ResetPasswordForm
          token={token}
          account={account}
          onPasswordChanged={(next) => onPasswordChanged({ next, account })}
          onInvalidToken={() => setUsedUp(true)}
        />
      </AuthLayout>
    );
  }
  // Neither "Change" nor "Set" yet: which one it is comes with the answer.
  return (
    <AuthLayout title={t('passwordReset.headingChecking')}>
      {problem && problem.kind !== 'weakPassword' ? (
        <CheckFailed problem={problem} onRetry={check} />
      ) : (
        <Spinner label={t('passwordReset.checking')} />
      )}
    </AuthLayout>
  );
}

/** The link could not be checked (no answer, or too many requests): try again, when allowed. */
function CheckFailed({ problem, onRetry }: { problem: ResetFormProblem; onRetry: () => void }) {
  const { t } = useTranslation();
  const waitSeconds = useCountdown(problem.kind === 'tooManyRequests' ? problem.until : null);
  return (
    <>
      <div role="alert" className="alert alert--error">
        {t('passwordReset.checkFailed')}{' '}
        {problem.kind === 'tooManyRequests' && waitSeconds === 0
          ? null
          : resetProblemMessage(problem, waitSeconds, t)}
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={waitSeconds > 0}
        onClick={onRetry}
      >
        {t('common.tryAgain')}
      </button>
    </>
  );
}
