import type { CustomerListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { type ListPaging, usePageOfList } from '@/hooks/use-list-paging';
import { useCustomers } from '../api/get-customers';
import { CUSTOMER_LIST_PAGE_SIZE } from '../constants';
import { CustomersTable } from './customers-table';

type CustomerResultsProps = {
  search: string;
  paging: ListPaging;
  actingTenantId: string;
  switchingTo: string | null;
  onSelect: (customer: CustomerListItem) => void;
  /** Deactivate or activate: only for those who manage customers. */
  onChangeStatus?: ((customer: CustomerListItem) => void) | undefined;
};

/** One page of customers (the server pages: never all of them), its pager, or why there is none. */
export function CustomerResults({
  search,
  paging,
  actingTenantId,
  switchingTo,
  onSelect,
  onChangeStatus,
}: CustomerResultsProps) {
  const { t } = useTranslation();
  const customers = useCustomers({
    ...(search ? { search } : {}),
    limit: CUSTOMER_LIST_PAGE_SIZE,
    ...(paging.cursor ? { cursor: paging.cursor } : {}),
  });
  const total = usePageOfList(customers.data, paging);

  if (customers.data) {
    const { items, nextCursor } = customers.data;
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
              offset={paging.offset}
              shown={items.length}
              total={total}
              hasPrevious={paging.hasPrevious}
              hasNext={nextCursor !== null}
              onPrevious={paging.previous}
              onNext={() => {
                if (nextCursor) paging.next(nextCursor, items.length);
              }}
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
