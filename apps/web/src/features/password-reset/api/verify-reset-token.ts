import { endpointRoutes, type ResetTokenInfo, type ResetTokenRequest } from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/**
 * POST /api/auth/password/reset/verify: whose password a reset link changes; 400 invalid_token
 * when the link no longer works (unknown, expired, used, or replaced by a newer mail).
 */
export function verifyResetToken(request: ResetTokenRequest): Promise<ResetTokenInfo> {
  return callApi(endpointRoutes.verifyResetToken, { body: request });
}

/** A mutation, not a query: the token is not kept in a cache, and a page checks it once. */
export function useVerifyResetToken() {
  return useMutation({ mutationFn: verifyResetToken });
}
