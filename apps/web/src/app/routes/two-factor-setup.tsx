import { useLocation } from 'react-router-dom';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PasskeyActivation } from '@/features/passkeys/components/passkey-activation';
import { PortalLoadError } from '@/features/portal/components/portal-load-error';
import { TwoFactorSetup } from '@/features/two-factor/components/two-factor-setup';
import { isSessionEnd } from '@/lib/api-client';
import { useMe } from '@/lib/me';
import { readTwoFactorSetupState } from '@/lib/two-factor-setup-state';

/**
 * /two-factor/setup: straight from the login when activation is due (pending, no session yet),
 * or from the portal (banner, Account → Security) with a session.
 */
export function TwoFactorSetupRoute() {
  const location = useLocation();
  const { pending, from, passwordSaved } = readTwoFactorSetupState(location.state);
  if (pending) {
    return (
      <TwoFactorSetup
        pending
        account={pending}
        alreadyEnabled={false}
        from={from}
        passwordSaved={passwordSaved}
        passkeyInstead={(step) => <PasskeyActivation {...step} />}
      />
    );
  }
  return <SignedInTwoFactorSetup from={from} />;
}

/** With a session: the account comes from /api/me (a 401 leads to the login page). */
function SignedInTwoFactorSetup({ from }: { from: string | undefined }) {
  const me = useMe();
  if (me.data) {
    return (
      <TwoFactorSetup
        pending={false}
        account={{ tenantDomain: me.data.tenant.domain, username: me.data.user.username }}
        alreadyEnabled={me.data.twoFactor.enabled}
        from={from}
      />
    );
  }
  if (me.isError && !isSessionEnd(me.error)) {
    return <PortalLoadError onRetry={() => void me.refetch()} />;
  }
  return <FullPageSpinner />;
}
