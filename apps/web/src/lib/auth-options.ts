import { type AuthOptionsResponse, endpointRoutes } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** GET /api/auth/options: what signing in offers besides the password (public, no session). */
export function getAuthOptions(): Promise<AuthOptionsResponse> {
  return callApi(endpointRoutes.authOptions);
}

export const authOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['auth-options'],
    queryFn: getAuthOptions,
    // The server's configuration: it changes with a deployment, not while a page is open.
    staleTime: Number.POSITIVE_INFINITY,
    // Not the signed-in user's data: it stays when a session ends (see forgetSessionData).
    meta: { outlivesSession: true },
  });

/**
 * Whether "Login with reseller portal" (and linking accounts to it) is offered. False while the
 * options load or when they cannot be loaded: the password form works without them.
 */
export function useResellerPortalEnabled(): boolean {
  const options = useQuery(authOptionsQueryOptions());
  return options.data?.resellerPortal.enabled === true;
}
