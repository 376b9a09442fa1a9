import { endpointRoutes, type UserListQuery, type UserListResponse } from '@portal/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** The key of every user list, whatever its search: what user actions invalidate. */
export const USERS_QUERY_KEY = ['users'] as const;

/** GET /api/users: one page of the acting tenant's users, sorted by username. */
export function getUsers(query: UserListQuery): Promise<UserListResponse> {
  return callApi(endpointRoutes.listUsers, { query });
}

export const usersQueryOptions = (query: UserListQuery) =>
  queryOptions({
    queryKey: [...USERS_QUERY_KEY, query],
    queryFn: () => getUsers(query),
    // While a new search runs, the last result stays on screen instead of a spinner.
    placeholderData: keepPreviousData,
  });

export function useUsers(query: UserListQuery) {
  return useQuery(usersQueryOptions(query));
}
