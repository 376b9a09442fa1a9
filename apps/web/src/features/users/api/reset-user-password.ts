import { type AcceptedResponse, endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

/**
 * POST /api/users/:userId/password-reset: mails the user a link to set a new password (202).
 * 409 conflict for accounts linked to the reseller portal or without an e-mail address.
 */
export function resetUserPassword(userId: string): Promise<AcceptedResponse> {
  return callApi(endpointRoutes.resetUserPassword, { params: { userId } });
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
