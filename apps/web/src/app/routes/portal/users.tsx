import { useTranslation } from 'react-i18next';
import { UserManagement } from '@/features/users/components/user-management';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function UsersRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('users.documentTitle'));
  // PortalRoot renders this only once the account is loaded, the guard only with its permission.
  if (!me) return null;
  return <UserManagement me={me} />;
}
