import type { MeResponse } from '@portal/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { rememberTenantDomain } from '@/lib/last-tenant-domain';
import type { LoginLocationState } from '@/lib/login-location-state';
import { forgetSessionData } from '@/lib/query-client';
import { forgetSession } from '@/lib/session-marker';
import { useLogout } from '../api/logout';

type LogoutButtonProps = {
  tenantDomain: string;
  /** A reseller-portal sign-in: the login page then offers to end the portal's session too. */
  authMethod: MeResponse['session']['authMethod'];
};

/** Ends the session, forgets everything cached for it, and returns to the sign-in page. */
export function LogoutButton({ tenantDomain, authMethod }: LogoutButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();

  function handleClick() {
    logout.mutate(undefined, {
      onSuccess: () => {
        rememberTenantDomain(tenantDomain);
        // Ended on purpose: the login page has nothing to announce, now or after a reload.
        forgetSession();
        const state: LoginLocationState =
          authMethod === 'reseller_portal'
            ? { resellerPortalSignedOut: true }
            : { notice: 'signedOut' };
        // Leave first (synchronously), so no portal query refetches into the emptied cache.
        void Promise.resolve(
          navigate(paths.login.getHref(), { replace: true, state, flushSync: true }),
        ).then(() => forgetSessionData(queryClient));
      },
    });
  }

  return (
    <div className="logout">
      <button
        type="button"
        className="button button--secondary"
        onClick={handleClick}
        disabled={logout.isPending}
      >
        {t('portal.logOut')}
      </button>
      {logout.isError && (
        <p role="alert" className="logout__error">
          {t('portal.logoutFailed')}
        </p>
      )}
    </div>
  );
}
