import { type ChangePasswordRequest, endpointRoutes } from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { useStepUp } from '@/lib/step-up';

/**
 * POST /api/account/password: 204 once changed (the other sessions have ended); 401 for a wrong
 * current password, 422 weak_password; a "Confirm it's you" first when the proof is old.
 */
export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return callApi(endpointRoutes.changePassword, { body: request });
}

export function useChangePassword() {
  const withStepUp = useStepUp();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => withStepUp(() => changePassword(request)),
  });
}
