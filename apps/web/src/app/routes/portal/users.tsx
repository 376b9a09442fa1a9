import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { UserManagement } from '@/features/users/components/user-management';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function UsersRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('users.documentTitle'));
  // PortalRoot renders this only once the account is loaded; the menu hides it without users.read.
  if (!me) return null;
  if (!me.permissions.includes('users.read')) {
    return <Navigate to={paths.home.getHref()} replace />;
  }
  return <UserManagement me={me} />;
}
