import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AccountSessions } from '@/features/sessions/components/account-sessions';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function AccountSessionsRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('sessions.documentTitle'));
  // PortalRoot renders this only once the account is loaded; the menu hides it without the permission.
  if (!me) return null;
  if (!me.permissions.includes('account.manage')) {
    return <Navigate to={paths.home.getHref()} replace />;
  }
  return <AccountSessions />;
}
