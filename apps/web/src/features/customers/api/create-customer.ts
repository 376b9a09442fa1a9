import { type CreateCustomerBody, type CustomerListItem, endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { CUSTOMERS_QUERY_KEY } from './get-customers';

/**
 * POST /api/customers: a new customer tenant of the reseller with its first administrator, who
 * is mailed a link to set a password. 409 domain_taken for a chosen domain that exists.
 */
export function createCustomer(body: CreateCustomerBody): Promise<CustomerListItem> {
  return callApi(endpointRoutes.createCustomer, { body });
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    // The new customer comes first in the list: it counts as just used.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}
