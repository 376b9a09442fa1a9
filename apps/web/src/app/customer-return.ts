import type { ErrorCode } from '@portal/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router-dom';
import { paths } from '@/config/paths';
import { switchTenant } from '@/features/customers/api/switch-tenant';
import type { CustomerSelectionState } from '@/features/customers/unavailable-customer';
import { type ApiError, isSessionEnd } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';

type AppRouter = ReturnType<typeof createBrowserRouter>;

type CustomerReturnOptions = {
  queryClient: QueryClient;
  router: () => AppRouter | undefined;
  onSessionEnded: (code: ErrorCode) => void;
};

/**
 * The customer the session acts in has left the reseller (403 customer_unavailable): the session
 * acts in the user's own tenant again, nothing cached of the customer stays, and "Select customer"
 * opens with a message naming it. The user stays signed in. Several requests refused together
 * lead back once.
 */
export function createCustomerReturn({
  queryClient,
  router,
  onSessionEnded,
}: CustomerReturnOptions) {
  let returning = false;
  return async (error: ApiError) => {
    const me = queryClient.getQueryData(meQueryOptions().queryKey);
    const ownTenantId = error.ownTenantId ?? me?.tenant.id;
    const appRouter = router();
    if (returning || !appRouter || !ownTenantId) return;
    returning = true;
    try {
      const lostName = me && me.actingTenant.id !== me.tenant.id ? me.actingTenant.name : null;
      const switched = await switchTenant(ownTenantId);
      const state: CustomerSelectionState = { unavailableCustomer: { name: lostName } };
      // Leave the customer's page first, so that its queries are not refetched in the own tenant.
      await appRouter.navigate(paths.customers.getHref(), {
        replace: true,
        state,
        flushSync: true,
      });
      queryClient.setQueryData(meQueryOptions().queryKey, (old) =>
        old ? { ...old, actingTenant: switched.actingTenant } : old,
      );
      queryClient.removeQueries({ type: 'inactive' });
      queryClient.getMutationCache().clear();
      await queryClient.invalidateQueries();
    } catch (failure) {
      // Signed out meanwhile; anything else (the API away) is retried by the next refused request.
      if (isSessionEnd(failure)) onSessionEnded(failure.code);
    } finally {
      returning = false;
    }
  };
}
