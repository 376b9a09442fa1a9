import type { MeResponse } from '@portal/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { useListPaging, usePageOfList } from '@/hooks/use-list-paging';
import { useAuditEvents } from '../api/get-audit-events';
import { useUserOptions } from '../api/get-user-options';
import {
  type AuditFilterName,
  filtersFromSearchParams,
  isRangeReversed,
  toAuditQuery,
  withFilter,
  withoutFilters,
} from '../audit-filters';
import { AUDIT_PAGE_SIZE } from '../constants';
import { AuditEventsTable } from './audit-events-table';
import { AuditFilterForm } from './audit-filter-form';

/** The audit log of the acting tenant: who did what, when and from where, with filters. */
export function AuditLog({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const rangeReversed = isRangeReversed(filters);
  const filterQuery = toAuditQuery(filters);
  // Each change of filters starts again at the first page.
  const paging = useListPaging(JSON.stringify(filterQuery));
  const events = useAuditEvents(
    {
      ...filterQuery,
      limit: AUDIT_PAGE_SIZE,
      ...(paging.cursor ? { cursor: paging.cursor } : {}),
    },
    !rangeReversed,
  );
  // The API counts no total: the range reads "1–50" until the last page shows the end.
  usePageOfList(events.data && { items: events.data.items, total: null }, paging);
  const users = useUserOptions(me.permissions.includes('users.read'));

  // Replace, not push: a date typed digit by digit would otherwise fill the history.
  function changeFilter(name: AuditFilterName, value: string) {
    setSearchParams(withFilter(searchParams, name, value), { replace: true });
  }

  const items = events.data?.items ?? [];
  const nextCursor = events.data?.nextCursor ?? null;

  return (
    <div className="page page--wide">
      <h1>{t('auditLog.heading')}</h1>
      <p className="page__intro">{t('auditLog.intro', { tenant: me.actingTenant.name })}</p>
      <AuditFilterForm
        filters={filters}
        users={users.data?.items ?? null}
        rangeReversed={rangeReversed}
        onChange={changeFilter}
        onClear={() => setSearchParams(withoutFilters(searchParams), { replace: true })}
      />
      {rangeReversed ? null : events.data ? (
        <>
          {/* Stays in the page, so that filters that find nothing are announced. */}
          <p className={items.length === 0 ? 'muted' : 'visually-hidden'} aria-live="polite">
            {items.length === 0 ? t('auditLog.empty') : ''}
          </p>
          {items.length > 0 && (
            <AuditEventsTable
              events={items}
              actingTenantDomain={me.actingTenant.domain}
              busy={events.isFetching}
            />
          )}
          {items.length > 0 && (
            <Pager
              label={t('auditLog.pages')}
              offset={paging.offset}
              shown={items.length}
              total={null}
              hasPrevious={paging.hasPrevious}
              hasNext={nextCursor !== null}
              onPrevious={paging.previous}
              onNext={() => {
                if (nextCursor) paging.next(nextCursor, items.length);
              }}
            />
          )}
        </>
      ) : events.isError ? (
        <div className="alert alert--error" role="alert">
          <p>{t('auditLog.loadError')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void events.refetch()}
          >
            {t('common.tryAgain')}
          </button>
        </div>
      ) : (
        <Spinner />
      )}
    </div>
  );
}
