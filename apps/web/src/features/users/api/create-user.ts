import { type CreateUserBody, endpointRoutes, type UserListItem } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

/**
 * POST /api/users: a new user of the acting tenant with one role and no password; the API mails
 * them a link to set one. 201 with the new row; 409 username_taken (compared case-insensitively).
 */
export function createUser(body: CreateUserBody): Promise<UserListItem> {
  return callApi(endpointRoutes.createUser, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
