import type { CustomerListItem } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format-date';

type CustomersTableProps = {
  customers: readonly CustomerListItem[];
  /** The customer acted in now, if any: marked as current. */
  actingTenantId: string;
  /** The customer being switched to: its button shows a spinner. */
  switchingTo: string | null;
  busy: boolean;
  onSelect: (customer: CustomerListItem) => void;
};

/** One page of customers, the name as the row header, a "Select" button per row. */
export function CustomersTable({
  customers,
  actingTenantId,
  switchingTo,
  busy,
  onSelect,
}: CustomersTableProps) {
  const { t } = useTranslation();
  return (
    <table className="data-table" aria-busy={busy}>
      <caption className="visually-hidden">{t('customers.caption')}</caption>
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
          />
        ))}
      </tbody>
    </table>
  );
}

type CustomerRowProps = {
  customer: CustomerListItem;
  current: boolean;
  switching: boolean;
  onSelect: (customer: CustomerListItem) => void;
};

function CustomerRow({ customer, current, switching, onSelect }: CustomerRowProps) {
  const { t, i18n } = useTranslation();
  const domainId = useId();

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
        <button
          type="button"
          className="button button--secondary"
          // The visible "Select" says what; the name says which (label in name, WCAG 2.5.3).
          aria-label={t('customers.selectCustomer', { name: customer.name })}
          aria-describedby={domainId}
          onClick={() => onSelect(customer)}
        >
          {switching && <span className="button__spinner" aria-hidden="true" />}
          {t('customers.select')}
        </button>
      </td>
    </tr>
  );
}
