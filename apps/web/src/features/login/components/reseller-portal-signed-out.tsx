import { endpointRoutes } from '@portal/shared';
import { useTranslation } from 'react-i18next';

/**
 * After logging out of a session that signed in through the reseller portal: ours has ended, the
 * portal's may still be open. Ending it is offered, not forced (RP-initiated logout at the portal).
 */
export function ResellerPortalSignedOut() {
  const { t } = useTranslation();
  return (
    <p role="status" className="alert alert--info">
      {t('login.resellerPortal.signedOut')}{' '}
      <a href={endpointRoutes.rspLogout.path}>{t('login.resellerPortal.signOutThere')}</a>
    </p>
  );
}
