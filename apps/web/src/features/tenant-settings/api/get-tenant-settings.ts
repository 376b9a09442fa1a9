import { endpointRoutes, type TenantSettings } from '@portal/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** GET /api/tenant/settings: the acting tenant's 2FA policy and who still lacks 2FA. */
export function getTenantSettings(): Promise<TenantSettings> {
  return callApi(endpointRoutes.getTenantSettings);
}

export const tenantSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['tenant-settings'], queryFn: getTenantSettings });

export function useTenantSettings() {
  return useQuery(tenantSettingsQueryOptions());
}
