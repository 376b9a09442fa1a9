import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { WaitAlert } from '@/components/ui/wait-alert';
import { commonProblemMessage } from '@/lib/api-problem';
import { useResellerPortalEnabled } from '@/lib/auth-options';
import type { LoginProblem } from '../login-problem';

type LoginAlertProps = {
  id: string;
  problem: LoginProblem;
  /** Seconds left of a lockout; the message counts down with it. */
  lockoutSeconds: number;
};

/** The form-level error, announced by screen readers as soon as it appears (a lockout once). */
export function LoginAlert({ id, problem, lockoutSeconds }: LoginAlertProps) {
  const { t } = useTranslation();
  const resellerPortal = useResellerPortalEnabled();
  if (problem.kind === 'lockout') {
    return <WaitAlert id={id} message={commonProblemMessage(problem, lockoutSeconds, t)} />;
  }
  return (
    <div id={id} role="alert" className="alert alert--error">
      {problemMessage(problem, lockoutSeconds, resellerPortal, t)}
    </div>
  );
}

function problemMessage(
  problem: LoginProblem,
  lockoutSeconds: number,
  resellerPortal: boolean,
  t: TFunction,
): string {
  switch (problem.kind) {
    case 'invalidCredentials':
      // A linked account's password login gets this same 401 (nothing is revealed), so the
      // message names that possibility wherever such accounts can exist.
      return resellerPortal
        ? t('login.errors.invalidCredentialsOrResellerPortal')
        : t('login.errors.invalidCredentials');
    case 'validation':
      return problem.field
        ? t(`login.fieldErrors.${problem.field}Invalid`)
        : t('login.errors.validation');
    case 'sessionEnded':
      return t('login.errors.sessionEnded');
    case 'loginExpired':
      return t('login.errors.loginExpired');
    default:
      return commonProblemMessage(problem, lockoutSeconds, t);
  }
}
