import {
  type AuthenticatedResponse,
  endpointRoutes,
  type RecoveryCodeRequest,
} from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** POST /api/auth/recovery-code: the second step with a one-time recovery code instead. */
export function verifyRecoveryCode(request: RecoveryCodeRequest): Promise<AuthenticatedResponse> {
  return callApi(endpointRoutes.recoveryCode, { body: request });
}

export function useVerifyRecoveryCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyRecoveryCode,
    onSuccess: () => queryClient.removeQueries(),
  });
}
