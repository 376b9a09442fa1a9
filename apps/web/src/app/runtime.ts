import type { ErrorCode } from '@portal/shared';
import type { QueryClient } from '@tanstack/react-query';
import { type createBrowserRouter, matchPath, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { type LoginLocationState, sessionEndState } from '@/lib/login-location-state';
import { createQueryClient, forgetSessionData } from '@/lib/query-client';
import { takeEndedSession } from '@/lib/session-marker';
import { readTwoFactorSetupState } from '@/lib/two-factor-setup-state';
import { createCustomerReturn } from './customer-return';

type AppRouter = ReturnType<typeof createBrowserRouter>;

type RuntimeOptions = {
  routes: RouteObject[];
  /** createBrowserRouter in the app, createMemoryRouter in tests. */
  createRouter: (routes: RouteObject[]) => AppRouter;
  retry?: boolean;
};

/**
 * The router and the query client, wired so that any 401 unauthenticated clears the session's data
 * and lands on the login page; with a message if this tab had a session (not on a first visit),
 * or if it was in the middle of a sign-in (activating two-factor authentication). A 403
 * customer_unavailable leads back to "Select customer" instead (see customer-return.ts).
 */
export function createAppRuntime({ routes, createRouter, retry }: RuntimeOptions) {
  let router: AppRouter | undefined;
  const onSessionEnded = (code: ErrorCode) => {
    if (!router) return;
    const hadSession = takeEndedSession();
    const { pathname, search, hash, state: locationState } = router.state.location;
    const onLoginPage =
      matchPath(paths.login.path, pathname) !== null ||
      matchPath(paths.tenantLogin.path, pathname) !== null;
    if (onLoginPage) {
      forgetSessionData(queryClient);
      return;
    }
    // Activation during a sign-in whose pending cookie is gone: that sign-in has expired.
    const { pending, from } =
      matchPath(paths.twoFactorSetup.path, pathname) !== null
        ? readTwoFactorSetupState(locationState)
        : {};
    const [href, state]: [string, LoginLocationState] = pending
      ? [paths.tenantLogin.getHref(pending.tenantDomain), { loginExpired: true, from }]
      : [
          paths.login.getHref(),
          { ...sessionEndState(code, hadSession), from: `${pathname}${search}${hash}` },
        ];
    // Leave the portal synchronously (flushSync) and only then empty the cache: cleared
    // while portal pages are still mounted, their queries would refetch at once.
    void router
      .navigate(href, { replace: true, state, flushSync: true })
      .then(() => forgetSessionData(queryClient));
  };
  const queryClient: QueryClient = createQueryClient({
    retry,
    onSessionEnded,
    onCustomerUnavailable: (error) => void returnToCustomers(error),
  });
  const returnToCustomers = createCustomerReturn({
    queryClient,
    router: () => router,
    onSessionEnded,
  });
  router = createRouter(routes);
  return { router, queryClient };
}
