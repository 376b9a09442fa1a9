import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { needsCustomerSelection } from '@/features/customers/customer-selection';
import { Welcome } from '@/features/portal/components/welcome';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('portal.home.documentTitle'));
  // PortalRoot renders this only once the account is loaded.
  if (!me) return null;
  // Signed in to the reseller tenant itself: the work starts with picking a customer.
  if (needsCustomerSelection(me)) return <Navigate to={paths.customers.getHref()} replace />;
  return <Welcome me={me} />;
}
