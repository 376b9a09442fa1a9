import type { CustomerListItem, MeResponse } from '@portal/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SearchField } from '@/components/ui/search-field';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useListPaging } from '@/hooks/use-list-paging';
import { useSwitchTenant } from '../api/switch-tenant';
import { CUSTOMER_SEARCH_DEBOUNCE_MS, CUSTOMER_SEARCH_MAX_LENGTH } from '../constants';
import { useCustomerManagement } from '../hooks/use-customer-management';
import { switchProblemMessage } from '../switch-problem';
import type { UnavailableCustomer } from '../unavailable-customer';
import { AddCustomerDialog } from './add-customer-dialog';
import { CustomerResults } from './customer-results';
import { DeactivateCustomerDialog } from './deactivate-customer-dialog';
import { OwnTenantReturn } from './own-tenant-return';

type CustomerSelectionProps = {
  me: MeResponse;
  /** The customer the session had to leave (it left the reseller), to say so. */
  unavailableCustomer?: UnavailableCustomer | null;
};

/**
 * "Select customer": a reseller user searches and pages through their customers and picks the
 * one to act in; the portal then opens in that customer's tenant.
 */
export function CustomerSelection({ me, unavailableCustomer = null }: CustomerSelectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), CUSTOMER_SEARCH_DEBOUNCE_MS);
  const paging = useListPaging(debouncedSearch);
  const switchTenant = useSwitchTenant();
  const [switchingTo, setSwitchingTo] = useState<CustomerListItem | null>(null);
  const [message, setMessage] = useState('');
  const actingInCustomer = me.actingTenant.id !== me.tenant.id;
  const canManage = me.permissions.includes('customers.manage');
  const manage = useCustomerManagement(setMessage);

  function select(customer: CustomerListItem) {
    if (switchTenant.isPending) return;
    setMessage('');
    setSwitchingTo(customer);
    switchTenant.mutate(customer.id, {
      onSuccess: () => navigate(paths.home.getHref()),
      onError: () => setSwitchingTo(null),
    });
  }

  function returnToOwnTenant() {
    if (switchTenant.isPending) return;
    setMessage('');
    switchTenant.mutate(me.tenant.id, {
      onSuccess: () => {
        setMessage(t('customers.backToOwnDone', { name: me.tenant.name }));
        // The button that had the focus is gone with the customer it led away from.
        heading.current?.focus();
      },
    });
  }

  return (
    <div className="page page--wide">
      <div className="page__header">
        <h1 ref={heading} tabIndex={-1}>
          {t('customers.heading')}
        </h1>
        {canManage && (
          <button type="button" className="button button--primary" onClick={manage.openAdd}>
            {t('customers.add.open')}
          </button>
        )}
      </div>
      <p className="page__intro">{t('customers.intro')}</p>
      {unavailableCustomer && (
        <div className="alert alert--info" role="alert">
          {unavailableCustomer.name === null
            ? t('customers.unavailableUnnamed')
            : t('customers.unavailable', { name: unavailableCustomer.name })}
        </div>
      )}
      {actingInCustomer && (
        <OwnTenantReturn
          actingTenant={me.actingTenant}
          ownTenant={me.tenant}
          busy={switchTenant.isPending && switchingTo === null}
          onReturn={returnToOwnTenant}
        />
      )}
      <SearchField
        label={t('customers.search')}
        hint={t('customers.searchHint')}
        value={search}
        onSearch={setSearch}
        maxLength={CUSTOMER_SEARCH_MAX_LENGTH}
      />
      {/* Always in the page: a live region must exist before its text changes to be announced. */}
      <p
        className={message && !switchingTo ? 'alert alert--success' : 'visually-hidden'}
        role="status"
      >
        {switchingTo ? t('customers.switching', { name: switchingTo.name }) : message}
      </p>
      {switchTenant.isError && (
        <div className="alert alert--error" role="alert">
          {switchProblemMessage(switchTenant.error, t)}
        </div>
      )}
      <CustomerResults
        search={debouncedSearch}
        paging={paging}
        actingTenantId={me.actingTenant.id}
        switchingTo={switchingTo?.id ?? null}
        onSelect={select}
        onChangeStatus={canManage ? manage.changeStatus : undefined}
      />
      {manage.adding && (
        <AddCustomerDialog
          onDone={(done) => {
            manage.closeAdd();
            setMessage(done);
          }}
          onClose={manage.closeAdd}
        />
      )}
      {manage.deactivating && (
        <DeactivateCustomerDialog
          customer={manage.deactivating}
          busy={manage.busy}
          problem={manage.problem}
          onConfirm={manage.confirmDeactivation}
          onClose={manage.closeDeactivate}
        />
      )}
    </div>
  );
}
