import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/login/components/login-form';
import { ResellerPortalLogin } from '@/features/login/components/reseller-portal-login';
import { ResellerPortalSignedOut } from '@/features/login/components/reseller-portal-signed-out';
import { useSignedInRedirect } from '@/features/login/hooks/use-signed-in-redirect';
import type { InitialLoginProblem, LoginNotice } from '@/features/login/login-problem';
import { PasskeySecondFactor } from '@/features/passkeys/components/passkey-second-factor';
import { PasskeySignIn } from '@/features/passkeys/components/passkey-sign-in';
import { TwoFactorChallengeDialog } from '@/features/two-factor/components/two-factor-challenge-dialog';
import { readLastTenantDomain } from '@/lib/last-tenant-domain';
import { returnPathOr } from '@/lib/local-path';
import { readLoginLocationState } from '@/lib/login-location-state';
import type { TwoFactorSetupState } from '@/lib/two-factor-setup-state';

/**
 * /login and /tenant/:tenantDomain/login; the tenant link pre-fills its domain. A redirect may
 * bring a message, a username, or ask to open "Password forgotten?" at once. Below the form,
 * "Login with reseller portal" where one is configured.
 */
export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { tenantDomain } = useParams();
  const {
    sessionEnded,
    loginExpired,
    passwordChanged,
    notice,
    resellerPortalSignedOut,
    passwordForgotten,
    username,
    from,
  } = readLoginLocationState(location.state);
  // Shown once: the message is kept here, and dropped from history so a reload does not repeat it.
  const [initialProblem] = useState<InitialLoginProblem | null>(
    sessionEnded ? 'sessionEnded' : loginExpired ? 'loginExpired' : null,
  );
  const [initialNotice] = useState<LoginNotice | null>(
    passwordChanged ? 'passwordChanged' : (notice ?? null),
  );
  const [signedOutOfResellerPortal] = useState(resellerPortalSignedOut);
  const initialTenantDomain = tenantDomain ?? readLastTenantDomain();
  const oneTime =
    sessionEnded ||
    loginExpired ||
    passwordChanged ||
    notice !== undefined ||
    resellerPortalSignedOut ||
    passwordForgotten;

  const goOn = () => navigate(returnPathOr(from, paths.home.getHref()), { replace: true });
  // Already signed in: the portal (a reseller without a chosen customer: "Select customer").
  useSignedInRedirect(() => void goOn());

  useEffect(() => {
    if (oneTime) void navigate(location.pathname, { replace: true, state: { from } });
  }, [oneTime, from, location.pathname, navigate]);

  return (
    <AuthLayout title={t('login.heading')}>
      {signedOutOfResellerPortal && <ResellerPortalSignedOut />}
      <LoginForm
        // A different tenant link is a different form.
        key={initialTenantDomain}
        initialTenantDomain={initialTenantDomain}
        initialUsername={username}
        initialProblem={initialProblem}
        initialNotice={initialNotice}
        initialPasswordForgotten={passwordForgotten}
        onAuthenticated={goOn}
        onEnrollmentRequired={(account) => {
          const state: TwoFactorSetupState = { pending: account, from };
          void navigate(paths.twoFactorSetup.getHref(), { state });
        }}
        renderTwoFactorChallenge={(step) => (
          <TwoFactorChallengeDialog
            {...step}
            passkey={
              <PasskeySecondFactor
                onAuthenticated={step.onAuthenticated}
                onExpired={step.onExpired}
              />
            }
          />
        )}
      />
      <PasskeySignIn onAuthenticated={goOn} />
      <ResellerPortalLogin />
    </AuthLayout>
  );
}
