import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { CustomerSelection } from '@/features/customers/components/customer-selection';
import { readUnavailableCustomer } from '@/features/customers/unavailable-customer';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function CustomersRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [unavailable, setUnavailable] = useState(() => readUnavailableCustomer(location.state));
  useDocumentTitle(t('customers.documentTitle'));

  // A customer lost while already here arrives as new state. Shown once: kept here and dropped
  // from history, so that a reload does not repeat it.
  useEffect(() => {
    const arrived = readUnavailableCustomer(location.state);
    if (!arrived) return;
    setUnavailable(arrived);
    void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  // PortalRoot renders this only once the account is loaded, the guard only with its permission.
  if (!me) return null;
  return <CustomerSelection me={me} unavailableCustomer={unavailable} />;
}
