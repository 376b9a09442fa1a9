import { endpointRoutes, endpointUrl } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { RefusalExplanation } from '../reseller-portal-refusal';

/**
 * Why the reseller portal's sign-in was refused, and the ways on: the portal again (a full page
 * load, the API sends the browser there) or the login page.
 */
export function ResellerPortalRefusal({ reason }: { reason: RefusalExplanation }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="alert alert--error">{t(`login.resellerPortal.refusal.reasons.${reason}`)}</p>
      <p className="auth-card__links">
        {/* The portal must ask again: its open session would bring back the same account. */}
        <a href={endpointUrl(endpointRoutes.rspLogin, { query: { prompt: 'login' } })}>
          {t('login.resellerPortal.refusal.tryAgain')}
        </a>
        <Link to={paths.login.getHref()}>{t('login.resellerPortal.refusal.backToLogin')}</Link>
      </p>
    </>
  );
}
