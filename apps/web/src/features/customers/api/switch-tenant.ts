import { ERROR_CODES, endpointRoutes, type SwitchTenantResponse } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, isApiError, startNewSessionEpoch } from '@/lib/api-client';
import { CUSTOMERS_QUERY_KEY } from './get-customers';

/**
 * POST /api/session/tenant: act in one of the reseller's customers (or, with the reseller's own
 * tenant id, go back to it). The session id is rotated; 404 for any other tenant.
 */
export async function switchTenant(tenantId: string): Promise<SwitchTenantResponse> {
  const switched = await callApi(endpointRoutes.switchTenant, { body: { tenantId } });
  // Requests still on their way with the old cookie will be refused: that is not a signed-out user.
  startNewSessionEpoch();
  return switched;
}

export function useSwitchTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchTenant,
    onSuccess: async () => {
      // Whatever is cached belongs to the tenant acted in before: none of it may show again.
      queryClient.removeQueries({ type: 'inactive' });
      // Awaited, so that /api/me names the new acting tenant before the caller moves on.
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      // The customer is gone (or was never one of ours): the list shows what is there now.
      if (isApiError(error, ERROR_CODES.NOT_FOUND)) {
        return queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY });
      }
    },
  });
}
