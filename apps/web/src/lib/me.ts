import { endpointRoutes, type MeResponse } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { SESSION_CHECK_INTERVAL_MS } from '@/config/constants';
import { callApi } from '@/lib/api-client';
import { rememberSession } from '@/lib/session-marker';

/** GET /api/me: who is signed in, in which tenant, with which permissions. */
export async function getMe(): Promise<MeResponse> {
  const me = await callApi(endpointRoutes.me);
  // From now on a 401 means this tab's session ended, not that nobody signed in.
  rememberSession();
  return me;
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: getMe,
    // Fresh enough to not refetch on every mount. The interval notices a revoked or expired
    // session within a minute, the focus refetch an idle timeout as soon as the tab is back (a
    // hidden tab does not poll); their 401 ends the session in the SPA. Each poll is a request
    // like any other, so a visible portal page keeps its session from idling out.
    staleTime: SESSION_CHECK_INTERVAL_MS / 2,
    refetchInterval: SESSION_CHECK_INTERVAL_MS,
    refetchOnWindowFocus: 'always',
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
