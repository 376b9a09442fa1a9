import { type DisableTwoFactorRequest, endpoints } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';

/** POST /api/account/two-factor/disable: needs the password and a current code; 204 when done. */
export function disableTwoFactor(request: DisableTwoFactorRequest): Promise<void> {
  return callApi(endpoints.disableTwoFactor, { body: request });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    // /api/me tells the whole portal (status, banner) whether two-factor authentication is on.
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
