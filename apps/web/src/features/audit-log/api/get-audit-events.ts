import { type AuditEventListResponse, type AuditEventQuery, endpointRoutes } from '@portal/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** GET /api/audit-events: one page of the acting tenant's events, newest first. */
export function getAuditEvents(query: AuditEventQuery): Promise<AuditEventListResponse> {
  return callApi(endpointRoutes.listAuditEvents, { query });
}

/** One page of the events that match the filters; the next continues at its `nextCursor`. */
export const auditEventsQueryOptions = (query: AuditEventQuery) =>
  queryOptions({
    queryKey: ['audit-events', query],
    queryFn: () => getAuditEvents(query),
    // While other filters or another page load, the last result stays on screen, not a spinner.
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(query: AuditEventQuery, enabled = true) {
  return useQuery({ ...auditEventsQueryOptions(query), enabled });
}
