import { type AuthenticatedResponse, endpointRoutes, type TotpCodeRequest } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** POST /api/auth/totp: the second step of a sign-in; on success the session cookie is set. */
export function verifyTotp(request: TotpCodeRequest): Promise<AuthenticatedResponse> {
  return callApi(endpointRoutes.totp, { body: request });
}

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyTotp,
    // Nothing cached before this session may leak into it; the portal loads /api/me afresh.
    onSuccess: () => queryClient.removeQueries(),
  });
}
