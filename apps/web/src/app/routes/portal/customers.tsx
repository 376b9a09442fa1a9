import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { CustomerSelection } from '@/features/customers/components/customer-selection';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function CustomersRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('customers.documentTitle'));
  // PortalRoot renders this only once the account is loaded; the menu hides it without the permission.
  if (!me) return null;
  if (!me.permissions.includes('customers.select')) {
    return <Navigate to={paths.home.getHref()} replace />;
  }
  return <CustomerSelection me={me} />;
}
