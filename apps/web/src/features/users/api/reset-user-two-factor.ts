import { endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

/**
 * POST /api/users/:userId/two-factor/reset: removes the user's second factor and ends their
 * sessions; they set it up again at the next sign-in. 204 when done.
 */
export function resetUserTwoFactor(userId: string): Promise<void> {
  return callApi(endpointRoutes.resetUserTwoFactor, { params: { userId } });
}

export function useResetUserTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserTwoFactor,
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
