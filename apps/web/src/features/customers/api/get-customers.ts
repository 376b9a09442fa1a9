import { type CustomerListQuery, type CustomerListResponse, endpointRoutes } from '@portal/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** The key of every customer list, whatever its search or page. */
export const CUSTOMERS_QUERY_KEY = ['customers'] as const;

/** GET /api/customers: one page of the reseller's customers, most recently used first. */
export function getCustomers(query: CustomerListQuery): Promise<CustomerListResponse> {
  return callApi(endpointRoutes.listCustomers, { query });
}

export const customersQueryOptions = (query: CustomerListQuery) =>
  queryOptions({
    queryKey: [...CUSTOMERS_QUERY_KEY, query],
    queryFn: () => getCustomers(query),
    // While the next page or search loads, the last one stays on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });

export function useCustomers(query: CustomerListQuery) {
  return useQuery(customersQueryOptions(query));
}
