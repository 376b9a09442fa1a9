import {
  type AuthOptionsResponse,
  type CustomerListItem,
  type CustomerListResponse,
  type ErrorResponse,
  type MeResponse,
  permissionsForRoles,
  type ResetTokenInfo,
  type TenantSummary,
  type TotpEnrollmentResponse,
  type UserListItem,
  type UserListResponse,
  WEAK_PASSWORD_MESSAGES,
  type WeakPasswordReason,
} from '@portal/shared';
import type { MockReply } from './mock-api';

type MeOverrides = {
  user?: Partial<MeResponse['user']>;
  tenant?: Partial<TenantSummary>;
  actingTenant?: Partial<TenantSummary>;
  permissions?: MeResponse['permissions'];
  twoFactor?: Partial<MeResponse['twoFactor']>;
  session?: Partial<MeResponse['session']>;
};

/**
 * A signed-in customer user; permissions follow the roles in the user's own tenant (as the API
 * grants them, also while a reseller user acts in a customer) unless given. Two-factor
 * authentication is off and not required unless given (user.twoFactorEnabled follows it; with it
 * on, the authenticator app is one of the factors unless `twoFactor.authenticatorApp` says not).
 */
export function createMe(overrides: MeOverrides = {}): MeResponse {
  const tenant: TenantSummary = {
    id: 'tenant-1',
    domain: 'acme-123456.tenant',
    name: 'Acme Corporation',
    kind: 'customer',
    ...overrides.tenant,
  };
  const enabled = overrides.twoFactor?.enabled ?? overrides.user?.twoFactorEnabled ?? false;
  // 2FA by authenticator app unless told otherwise (a passkey-only account says false).
  const twoFactor: MeResponse['twoFactor'] = {
    enabled,
    authenticatorApp: enabled,
    required: false,
    graceUntil: null,
    ...overrides.twoFactor,
  };
  const user: MeResponse['user'] = {
    id: 'user-1',
    username: 'jdoe',
    displayName: 'Jane Doe',
    email: 'jane.doe@example.com',
    roles: ['user'],
    language: 'en',
    ...overrides.user,
    twoFactorEnabled: twoFactor.enabled,
  };
  const actingTenant = { ...tenant, ...overrides.actingTenant };
  return {
    user,
    tenant,
    actingTenant,
    permissions: overrides.permissions ?? permissionsForRoles(tenant.kind, user.roles),
    twoFactor,
    session: {
      authMethod: 'local',
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

/** What POST /api/auth/totp/enrollment answers: a fixed secret and its otpauth URI. */
export function createTotpEnrollment(
  overrides: Partial<TotpEnrollmentResponse> = {},
): TotpEnrollmentResponse {
  const secret = overrides.secret ?? 'JBSWY3DPEHPK3PXPJBSWY3DP';
  const issuer = overrides.issuer ?? 'Unified Security Portal';
  const accountName = overrides.accountName ?? 'jdoe@acme-123456.tenant';
  return {
    secret,
    issuer,
    accountName,
    otpauthUri:
      overrides.otpauthUri ??
      `otpauth://totp/${encodeURIComponent(`${issuer}:${accountName}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`,
    enrollmentId: overrides.enrollmentId ?? '0c8f5a2e-5b1d-4c47-9a51-6f3a2b9d7e10',
  };
}

/** Ten recovery codes, as POST /api/auth/totp/enrollment/confirm answers them. */
export function createRecoveryCodes(count = 10): string[] {
  return Array.from(
    { length: count },
    (_, index) => `rc${String(index).padStart(2, '0')}-abcd-efgh`,
  );
}

/** What POST /api/auth/password/reset/verify answers for a link that works: whose it is. */
export function createResetTokenInfo(overrides: Partial<ResetTokenInfo> = {}): ResetTokenInfo {
  return { tenantDomain: 'acme-123456.tenant', username: 'jdoe', newAccount: false, ...overrides };
}

/** A 422 weak_password answer with its reason, as POST /api/auth/password/reset gives it. */
export function weakPasswordReply(reason: WeakPasswordReason): MockReply {
  return apiErrorReply(422, 'weak_password', { message: WEAK_PASSWORD_MESSAGES[reason], reason });
}

/** A row of GET /api/users: an active portal account without 2FA unless given. */
export function createUserListItem(overrides: Partial<UserListItem> = {}): UserListItem {
  const username = overrides.username ?? 'jdoe';
  return {
    id: `id-${username}`,
    username,
    displayName: 'Jane Doe',
    email: `${username}@example.com`,
    roles: ['user'],
    status: 'active',
    twoFactorEnabled: false,
    twoFactorMethods: [],
    lastLoginAt: null,
    linkedToResellerPortal: false,
    ...overrides,
  };
}

/** What GET /api/users answers for the given rows (total defaults to their number). */
/** One page of users; `nextCursor` null: the last page. */
export function createUserList(
  items: UserListItem[],
  total: number | null = items.length,
  nextCursor: string | null = null,
): UserListResponse {
  return { items, total, nextCursor };
}

/** The reseller tenant of createResellerMe. */
export const RESELLER_TENANT: TenantSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  domain: 'demo-reseller.tenant',
  name: 'Demo Reseller',
  kind: 'reseller',
};

/**
 * A signed-in reseller administrator, acting in their own reseller tenant unless `actingTenant`
 * names a customer (a customer tenant by default kind).
 */
export function createResellerMe(
  actingTenant?: Partial<TenantSummary>,
  overrides: Omit<MeOverrides, 'tenant' | 'actingTenant'> = {},
): MeResponse {
  return createMe({
    ...overrides,
    user: {
      username: 'reseller.admin',
      displayName: 'Rita Reseller',
      roles: ['admin'],
      ...overrides.user,
    },
    tenant: RESELLER_TENANT,
    actingTenant: actingTenant
      ? { id: 'tenant-customer', kind: 'customer', ...actingTenant }
      : RESELLER_TENANT,
  });
}

/** A row of GET /api/customers: a customer never selected before unless given. */
export function createCustomerListItem(
  overrides: Partial<CustomerListItem> = {},
): CustomerListItem {
  const name = overrides.name ?? 'Acme Corp';
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id: `tenant-${slug}`,
    domain: `${slug}.tenant`,
    name,
    status: 'active',
    lastSelectedAt: null,
    ...overrides,
  };
}

/** What GET /api/customers answers for the given rows (total defaults to their number). */
export function createCustomerList(
  items: CustomerListItem[],
  total: number | null = items.length,
  nextCursor: string | null = null,
): CustomerListResponse {
  return { items, total, nextCursor };
}

/** What GET /api/auth/options answers: the reseller portal on or off. */
export function createAuthOptions({
  resellerPortal,
}: {
  resellerPortal: boolean;
}): AuthOptionsResponse {
  return { resellerPortal: { enabled: resellerPortal } };
}
