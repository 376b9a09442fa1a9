import { type AuditEventListResponse, type AuditEventQuery, endpointRoutes } from '@portal/shared';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { AUDIT_PAGE_SIZE } from '../constants';

type AuditFilterQuery = Omit<AuditEventQuery, 'cursor' | 'limit'>;

/** GET /api/audit-events: one page of the acting tenant's events, newest first. */
export function getAuditEvents(query: AuditEventQuery): Promise<AuditEventListResponse> {
  return callApi(endpointRoutes.listAuditEvents, { query });
}

/** The pages of events that match the filters; each next page continues at `nextCursor`. */
export const auditEventsQueryOptions = (filters: AuditFilterQuery) =>
  infiniteQueryOptions({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam }) =>
      getAuditEvents({
        ...filters,
        limit: AUDIT_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // While other filters load, the last result stays on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(filters: AuditFilterQuery, enabled = true) {
  return useInfiniteQuery({ ...auditEventsQueryOptions(filters), enabled });
}
