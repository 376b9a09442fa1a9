import type { MeResponse } from '@portal/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Spinner } from '@/components/ui/spinner';
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
import { AuditEventsTable } from './audit-events-table';
import { AuditFilterForm } from './audit-filter-form';

/** The audit log of the acting tenant: who did what, when and from where, with filters. */
export function AuditLog({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const rangeReversed = isRangeReversed(filters);
  const events = useAuditEvents(toAuditQuery(filters), !rangeReversed);
  const users = useUserOptions(me.permissions.includes('users.read'));
  const [focusRow, setFocusRow] = useState<number | null>(null);

  // Replace, not push: a date typed digit by digit would otherwise fill the history.
  function changeFilter(name: AuditFilterName, value: string) {
    setSearchParams(withFilter(searchParams, name, value), { replace: true });
  }

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  function loadMore() {
    if (events.isFetchingNextPage) return;
    setFocusRow(items.length);
    void events.fetchNextPage();
  }

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
          {/* Announced after each change of filters or page, so that screen readers hear it. */}
          <p className="muted" aria-live="polite">
            {items.length === 0
              ? t('auditLog.empty')
              : events.hasNextPage
                ? t('auditLog.showingMore', { count: items.length })
                : t('auditLog.showing', { count: items.length })}
          </p>
          {items.length > 0 && (
            <AuditEventsTable
              events={items}
              actingTenantDomain={me.actingTenant.domain}
              busy={events.isFetching}
              focusRow={focusRow}
              onRowFocused={() => setFocusRow(null)}
            />
          )}
          {events.isFetchNextPageError && (
            <p className="alert alert--error" role="alert">
              {t('auditLog.loadError')}
            </p>
          )}
          {events.hasNextPage && (
            <div className="audit-log__more">
              <button
                type="button"
                className="button button--secondary"
                aria-busy={events.isFetchingNextPage}
                onClick={loadMore}
              >
                {events.isFetchingNextPage && (
                  <span className="button__spinner" aria-hidden="true" />
                )}
                {t('auditLog.loadMore')}
              </button>
            </div>
          )}
          {events.isFetchingNextPage && (
            <p className="visually-hidden" role="status">
              {t('auditLog.loadingMore')}
            </p>
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
