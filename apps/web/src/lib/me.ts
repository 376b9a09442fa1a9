import { endpoints, type MeResponse } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { SESSION_CHECK_INTERVAL_MS } from '@/config/constants';
import { callApi } from '@/lib/api-client';
import { rememberSession } from '@/lib/session-marker';

/** GET /api/me: who is signed in, in which tenant, with which permissions. */
export async function getMe(): Promise<MeResponse> {
  const me = await callApi(endpoints.me);
  // From now on a 401 means this tab's session ended, not that nobody signed in.
  rememberSession();
  return me;
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: getMe,
    // Fresh enough to not refetch on every mount, while the interval and the focus refetch
    // notice an idle timeout or a revoked session soon (their 401 ends the session in the SPA).
    staleTime: SESSION_CHECK_INTERVAL_MS / 2,
    refetchInterval: SESSION_CHECK_INTERVAL_MS,
    refetchOnWindowFocus: 'always',
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
