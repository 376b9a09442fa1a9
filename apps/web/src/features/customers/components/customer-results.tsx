import type { CustomerListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { useStepBackWhenPastEnd } from '@/hooks/use-list-paging';
import { useCustomers } from '../api/get-customers';
import { CUSTOMER_LIST_PAGE_SIZE } from '../constants';
import { CustomersTable } from './customers-table';

type CustomerResultsProps = {
  search: string;
  offset: number;
  onOffsetChange: (offset: number) => void;
  actingTenantId: string;
  switchingTo: string | null;
  onSelect: (customer: CustomerListItem) => void;
  /** Deactivate or activate: only for those who manage customers. */
  onChangeStatus?: ((customer: CustomerListItem) => void) | undefined;
};

/** One page of customers (the server pages: never all of them), its pager, or why there is none. */
export function CustomerResults({
  search,
  offset,
  onOffsetChange,
  actingTenantId,
  switchingTo,
  onSelect,
  onChangeStatus,
}: CustomerResultsProps) {
  const { t } = useTranslation();
  const customers = useCustomers({
    ...(search ? { search } : {}),
    limit: CUSTOMER_LIST_PAGE_SIZE,
    ...(offset > 0 ? { offset } : {}),
  });
  useStepBackWhenPastEnd(customers.data, offset, CUSTOMER_LIST_PAGE_SIZE, onOffsetChange);

  if (customers.data) {
    const { items, total } = customers.data;
    return (
      <>
        {/* Stays in the page, so that a search that finds nothing is announced. */}
        <p className={items.length === 0 ? 'muted' : 'visually-hidden'} aria-live="polite">
          {items.length === 0 ? t('customers.empty') : ''}
        </p>
        {items.length > 0 && (
          <>
            <CustomersTable
              customers={items}
              actingTenantId={actingTenantId}
              switchingTo={switchingTo}
              busy={customers.isFetching}
              onSelect={onSelect}
              onChangeStatus={onChangeStatus}
            />
            <Pager
              label={t('customers.pages')}
              offset={offset}
              pageSize={CUSTOMER_LIST_PAGE_SIZE}
              shown={items.length}
              total={total}
              onChange={onOffsetChange}
            />
          </>
        )}
      </>
    );
  }
  if (customers.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('customers.loadError')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void customers.refetch()}
        >
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  return <Spinner />;
}
