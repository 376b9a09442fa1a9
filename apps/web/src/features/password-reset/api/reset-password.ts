import {
  endpointRoutes,
  type ResetPasswordRequest,
  type ResetPasswordResponse,
} from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/**
 * POST /api/auth/password/reset: sets the new password with the link's token (once). The answer
 * says what comes next: the login, or (pending cookie set) the activation of two-factor auth.
 */
export function resetPassword(request: ResetPasswordRequest): Promise<ResetPasswordResponse> {
  return callApi(endpointRoutes.resetPassword, { body: request });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    // The change ends every session of the account: nothing cached before may outlive it.
    onSuccess: () => queryClient.removeQueries(),
  });
}
