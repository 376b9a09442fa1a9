import {
  type ErrorResponse,
  type MeResponse,
  permissionsForRoles,
  type TenantSummary,
} from '@portal/shared';
import type { MockReply } from './mock-api';

type MeOverrides = {
  user?: Partial<MeResponse['user']>;
  tenant?: Partial<TenantSummary>;
  actingTenant?: Partial<TenantSummary>;
  permissions?: MeResponse['permissions'];
  session?: Partial<MeResponse['session']>;
};

/** A signed-in customer user; permissions follow the roles unless given. */
export function createMe(overrides: MeOverrides = {}): MeResponse {
  const tenant: TenantSummary = {
    id: 'tenant-1',
    domain: 'acme-123456.tenant',
    name: 'Acme Corporation',
    kind: 'customer',
    ...overrides.tenant,
  };
  const user: MeResponse['user'] = {
    id: 'user-1',
    username: 'jdoe',
    displayName: 'Jane Doe',
    email: 'jane.doe@example.com',
    roles: ['user'],
    twoFactorEnabled: false,
    ...overrides.user,
  };
  const actingTenant = { ...tenant, ...overrides.actingTenant };
  return {
    user,
    tenant,
    actingTenant,
    permissions: overrides.permissions ?? permissionsForRoles(actingTenant.kind, user.roles),
    session: {
      expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(),
      idleTimeoutSeconds: 1800,
      ...overrides.session,
    },
  };
}

/** An error reply in the API's error model. */
export function apiErrorReply(
  status: number,
  error: ErrorResponse['error'],
  extra: Partial<ErrorResponse> = {},
  headers?: Record<string, string>,
): MockReply {
  return { status, body: { error, message: `${error} (test)`, ...extra }, headers };
}
