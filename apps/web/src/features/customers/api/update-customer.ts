import { type CustomerListItem, endpointRoutes, type TenantStatus } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { CUSTOMERS_QUERY_KEY } from './get-customers';

/**
 * PATCH /api/customers/:tenantId: deactivate a customer (nobody signs in or acts in it; its data
 * stays) or activate it again.
 */
export function setCustomerStatus(input: {
  tenantId: string;
  status: TenantStatus;
}): Promise<CustomerListItem> {
  return callApi(endpointRoutes.updateCustomer, {
    params: { tenantId: input.tenantId },
    body: { status: input.status },
  });
}

export function useSetCustomerStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCustomerStatus,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}
