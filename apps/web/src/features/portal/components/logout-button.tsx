import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { rememberTenantDomain } from '@/lib/last-tenant-domain';
import { forgetSession } from '@/lib/session-marker';
import { useLogout } from '../api/logout';

/** Ends the session, forgets everything cached for it, and returns to the sign-in page. */
export function LogoutButton({ tenantDomain }: { tenantDomain: string }) {
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
        // Leave first (synchronously), so no portal query refetches into the emptied cache.
        void Promise.resolve(
          navigate(paths.login.getHref(), { replace: true, flushSync: true }),
        ).then(() => queryClient.clear());
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
