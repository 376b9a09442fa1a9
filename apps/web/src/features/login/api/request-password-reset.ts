import { type AcceptedResponse, endpointRoutes, type ForgotPasswordRequest } from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/**
 * POST /api/auth/password/forgot: asks for a reset link by e-mail. Always 202 "accepted", whether
 * or not the account exists, so the answer tells nothing about accounts.
 */
export function requestPasswordReset(request: ForgotPasswordRequest): Promise<AcceptedResponse> {
  return callApi(endpointRoutes.forgotPassword, { body: request });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
