import { endpointRoutes, type UserListResponse } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USER_FILTER_LIMIT } from '../constants';

/** GET /api/users?limit=200: the tenant's users, by username, for the audit log's user filter. */
export function getUserOptions(): Promise<UserListResponse> {
  return callApi(endpointRoutes.listUsers, { query: { limit: USER_FILTER_LIMIT } });
}

export const userOptionsQueryOptions = () =>
  queryOptions({
    // Under "users", so that changes in user management refresh it too.
    queryKey: ['users', { limit: USER_FILTER_LIMIT }],
    queryFn: getUserOptions,
  });

export function useUserOptions(enabled: boolean) {
  return useQuery({ ...userOptionsQueryOptions(), enabled });
}
