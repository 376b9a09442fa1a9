import { endpointRoutes, type TotpEnrollmentResponse } from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { useStepUp } from '@/lib/step-up';

/**
 * POST /api/auth/totp/enrollment: a new secret for the pending or signed-in user (signed in,
 * after a recent step-up). Every call replaces the previous secret, so a page calls it once and
 * shows that one.
 */
export function startTotpEnrollment(): Promise<TotpEnrollmentResponse> {
  return callApi(endpointRoutes.totpEnrollment);
}

/** A mutation, not a query: it must never be repeated by a refetch, a retry or a remount. */
export function useStartTotpEnrollment() {
  const withStepUp = useStepUp();
  // A signed-in user replacing or adding a second factor confirms it's them first.
  return useMutation({ mutationFn: () => withStepUp(startTotpEnrollment) });
}
