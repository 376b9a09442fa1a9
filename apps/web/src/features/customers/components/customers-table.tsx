import type { CustomerListItem } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/format-date';

type CustomersTableProps = {
  customers: readonly CustomerListItem[];
  /** The customer acted in now, if any: marked as current. */
  actingTenantId: string;
  /** The customer being switched to: its button shows a spinner. */
  switchingTo: string | null;
  busy: boolean;
  onSelect: (customer: CustomerListItem) => void;
  onChangeStatus?: ((customer: CustomerListItem) => void) | undefined;
};

/** One page of customers, the name as the row header, a "Select" button per row. */
export function CustomersTable({
  customers,
  actingTenantId,
  switchingTo,
  busy,
  onSelect,
  onChangeStatus,
}: CustomersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('customers.caption')} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('customers.columns.name')}</th>
          <th scope="col">{t('customers.columns.domain')}</th>
          <th scope="col">{t('customers.columns.lastUsed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('customers.columns.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {customers.map((customer) => (
          <CustomerRow
            key={customer.id}
            customer={customer}
            current={customer.id === actingTenantId}
            switching={switchingTo === customer.id}
            onSelect={onSelect}
            onChangeStatus={onChangeStatus}
          />
        ))}
      </tbody>
    </DataTable>
  );
}

type CustomerRowProps = {
  customer: CustomerListItem;
  current: boolean;
  switching: boolean;
  onSelect: (customer: CustomerListItem) => void;
  onChangeStatus?: ((customer: CustomerListItem) => void) | undefined;
};

function CustomerRow({ customer, current, switching, onSelect, onChangeStatus }: CustomerRowProps) {
  const { t, i18n } = useTranslation();
  const domainId = useId();
  const deactivated = customer.status === 'deactivated';

  return (
    <tr>
      <th scope="row">
        {customer.name}
        {current && (
          <>
            {' '}
            <span className="badge">{t('customers.current')}</span>
          </>
        )}
        {deactivated && (
          <>
            {' '}
            <span className="badge badge--muted">{t('customers.status.deactivated')}</span>
          </>
        )}
      </th>
      <td id={domainId}>{customer.domain}</td>
      <td>
        {customer.lastSelectedAt ? (
          formatDateTime(customer.lastSelectedAt, i18n.resolvedLanguage)
        ) : (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('customers.notUsedYet')}</span>
          </>
        )}
      </td>
      <td className="data-table__actions">
        {/* Already working in it: marked "Current" in its row, nothing to select. */}
        {!current && (
          <button
            type="button"
            className="button button--secondary"
            // A deactivated customer cannot be worked in until it is activated again.
            disabled={deactivated}
            // The visible "Select" says what; the name says which (label in name, WCAG 2.5.3).
            aria-label={t('customers.selectCustomer', { name: customer.name })}
            aria-describedby={domainId}
            onClick={() => onSelect(customer)}
          >
            {switching && <span className="button__spinner" aria-hidden="true" />}
            {t('customers.select')}
          </button>
        )}
        {onChangeStatus && ' '}
        {onChangeStatus && (
          <button
            type="button"
            className="button button--secondary"
            aria-label={t(
              deactivated
                ? 'customers.manage.activateCustomer'
                : 'customers.manage.deactivateCustomer',
              { name: customer.name },
            )}
            onClick={() => onChangeStatus(customer)}
          >
            {t(deactivated ? 'customers.manage.activate' : 'customers.manage.deactivate')}
          </button>
        )}
      </td>
    </tr>
  );
}
