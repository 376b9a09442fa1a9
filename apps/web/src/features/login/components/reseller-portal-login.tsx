import { endpointRoutes } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useResellerPortalEnabled } from '@/lib/auth-options';

/**
 * "Login with reseller portal", only where the server has a portal configured. A plain link:
 * the browser itself must go to the API, which redirects it to the portal (OpenID Connect).
 */
export function ResellerPortalLogin() {
  const { t } = useTranslation();
  const enabled = useResellerPortalEnabled();
  if (!enabled) return null;

  return (
    <div className="login-alternative">
      <p className="login-alternative__or">{t('login.resellerPortal.or')}</p>
      <a className="button button--secondary button--block" href={endpointRoutes.rspLogin.path}>
        {t('login.resellerPortal.start')}
      </a>
    </div>
  );
}
