import { useTranslation } from 'react-i18next';
import { CustomerSelection } from '@/features/customers/components/customer-selection';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function CustomersRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('customers.documentTitle'));
  // PortalRoot renders this only once the account is loaded, the guard only with its permission.
  if (!me) return null;
  return <CustomerSelection me={me} />;
}
