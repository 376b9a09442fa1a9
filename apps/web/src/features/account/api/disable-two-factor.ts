import { API_PATHS, type DisableTwoFactorRequest } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';

/** POST /api/account/two-factor/disable: needs the password and a current code; 204 when done. */
export function disableTwoFactor(request: DisableTwoFactorRequest): Promise<void> {
  return api.post<void>(API_PATHS.twoFactorDisable, request);
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    // /api/me tells the whole portal (status, banner) whether two-factor authentication is on.
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
