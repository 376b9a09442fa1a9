import { endpointRoutes, type SessionListResponse } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** What revoking invalidates. */
export const SESSIONS_QUERY_KEY = ['sessions'] as const;

/** GET /api/sessions: the signed-in user's active sessions, most recently seen first. */
export function getSessions(): Promise<SessionListResponse> {
  return callApi(endpointRoutes.listSessions);
}

export const sessionsQueryOptions = () =>
  queryOptions({ queryKey: SESSIONS_QUERY_KEY, queryFn: getSessions });

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
