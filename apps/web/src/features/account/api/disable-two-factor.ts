import { endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';
import { useStepUp } from '@/lib/step-up';

/** POST /api/account/two-factor/disable: 204 when done; needs a recent "Confirm it's you". */
export function disableTwoFactor(): Promise<void> {
  return callApi(endpointRoutes.disableTwoFactor);
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  const withStepUp = useStepUp();
  return useMutation({
    mutationFn: () => withStepUp(disableTwoFactor),
    // /api/me tells the whole portal (status, banner) whether two-factor authentication is on.
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
