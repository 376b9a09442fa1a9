import { API_PATHS, type UserListQuery, type UserListResponse } from '@portal/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The key of every user list, whatever its search: what user actions invalidate. */
export const USERS_QUERY_KEY = ['users'] as const;

/** GET /api/users: one page of the acting tenant's users, sorted by username. */
export function getUsers(query: UserListQuery): Promise<UserListResponse> {
  const params = new URLSearchParams();
  if (query.search) params.set('search', query.search);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  const search = params.toString();
  return api.get<UserListResponse>(search ? `${API_PATHS.users}?${search}` : API_PATHS.users);
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
