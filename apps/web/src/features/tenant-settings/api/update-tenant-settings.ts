import { endpointRoutes, type TenantSettings, type UpdateTenantSettingsBody } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';
import { tenantSettingsQueryOptions } from './get-tenant-settings';

/**
 * PUT /api/tenant/settings: who must use 2FA and until when those without it may still sign in.
 * Answers the settings as saved; 400 validation_error (field twoFactorGraceUntil) for a past date.
 */
export function updateTenantSettings(body: UpdateTenantSettingsBody): Promise<TenantSettings> {
  return callApi(endpointRoutes.updateTenantSettings, { body });
}

export function useUpdateTenantSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTenantSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(tenantSettingsQueryOptions().queryKey, saved);
      // The policy may now require 2FA of the signed-in admin too: /api/me drives the banner.
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
