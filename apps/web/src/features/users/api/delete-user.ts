import { endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

/** DELETE /api/users/:userId: 204 when gone; 409 last_admin / own_account when refused. */
export function deleteUser(userId: string): Promise<void> {
  return callApi(endpointRoutes.deleteUser, { params: { userId } });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
