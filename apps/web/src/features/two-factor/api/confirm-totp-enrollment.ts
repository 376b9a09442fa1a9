import {
  endpointRoutes,
  type TotpCodeRequest,
  type TotpEnrollmentConfirmResponse,
} from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { useStepUp } from '@/lib/step-up';

/**
 * POST /api/auth/totp/enrollment/confirm: the first code proves the app works; the answer carries
 * the recovery codes (shown once). During a sign-in this also starts the session.
 */
export function confirmTotpEnrollment(
  request: TotpCodeRequest,
): Promise<TotpEnrollmentConfirmResponse> {
  return callApi(endpointRoutes.totpEnrollmentConfirm, { body: request });
}

export function useConfirmTotpEnrollment() {
  const withStepUp = useStepUp();
  // Signed in, the proof may have grown old while the app was being set up.
  return useMutation({
    mutationFn: (request: TotpCodeRequest) => withStepUp(() => confirmTotpEnrollment(request)),
  });
}
