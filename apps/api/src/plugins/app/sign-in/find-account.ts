import { type Language, normalizeTenantDomain, normalizeUsername } from '@portal/shared';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client.js';
import type { TenantTwoFactorPolicy } from '../../../security/two-factor-policy.js';
import type { AccountName } from '../lockout.js';

// No tenant has this id; it keeps the user look-up the same index probe whether or not the tenant
// exists.
const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/** What a tenant domain and username typed by someone name, as far as they exist. */
export interface FoundAccount {
  /** The canonical (lower-case) forms of what was typed. */
  name: { tenantDomain: string; username: string };
  tenant: { id: string } | null;
  user: {
    id: string;
    tenantId: string;
    username: string;
    usernameKey: string;
    email: string | null;
    language: Language;
    passwordHash: string | null;
    status: 'active' | 'deactivated';
    externalSubject: string | null;
  } | null;
}

/**
 * With what a correct password leads to: the tenant's 2FA policy, the user's roles and whether a
 * second factor (TOTP or a passkey) is in force.
 */
export interface FoundAccountForSignIn extends FoundAccount {
  policy: TenantTwoFactorPolicy | null;
  roles: string[];
  hasSecondFactor: boolean;
}

/** One row, whatever exists: the columns of what does not are null. */
export interface AccountRow {
  tenant_id: string | null;
  two_factor_required_for: 'admins' | 'all' | null;
  two_factor_grace_until: Date | null;
  user_id: string | null;
  user_tenant_id: string | null;
  username: string | null;
  username_key: string | null;
  email: string | null;
  language: Language | null;
  password_hash: string | null;
  status: 'active' | 'deactivated' | null;
  external_subject: string | null;
  roles: string[] | null;
  has_second_factor: boolean | null;
}

/** The canonical forms of a typed account name. */
export function canonicalName(typed: AccountName): FoundAccount['name'] {
  return {
    tenantDomain: normalizeTenantDomain(typed.tenantDomain),
    username: normalizeUsername(typed.username),
  };
}

/**
 * The account by tenant domain and username, with its roles and 2FA state, in one statement that
 * does the same index probes whether the tenant (or a deactivated one), the user or both are
 * unknown. The tenant condition is explicit: a user is found only in the tenant of the domain.
 */
export function accountRead(name: FoundAccount['name']): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id::text AS tenant_id,
           t.two_factor_required_for::text AS two_factor_required_for,
           t.two_factor_grace_until,
           u.id::text AS user_id, u.tenant_id::text AS user_tenant_id, u.username, u.username_key,
           u.email, u.language::text AS language, u.password_hash, u.status::text AS status,
           u.external_subject,
           ARRAY(SELECT r.key FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                 WHERE ur.user_id = u.id AND ur.tenant_id = u.tenant_id ORDER BY r.key) AS roles,
           (EXISTS (SELECT 1 FROM totp_credentials tc
                    WHERE tc.user_id = u.id AND tc.confirmed_at IS NOT NULL)
            OR EXISTS (SELECT 1 FROM webauthn_credentials w WHERE w.user_id = u.id))
             AS has_second_factor
    FROM (SELECT ${name.tenantDomain}::text AS domain) AS typed
    -- A deactivated tenant signs nobody in: it is looked up like an unknown one.
    LEFT JOIN tenants t ON t.domain = typed.domain AND t.status = 'active'
    LEFT JOIN users u ON u.tenant_id = COALESCE(t.id, ${NO_TENANT}::uuid)
                     AND u.username_key = ${name.username}`;
}

/** The row of `accountRead` as the sign-in uses it. */
export function accountOfRow(
  name: FoundAccount['name'],
  row: AccountRow | null,
): FoundAccountForSignIn {
  const tenant = row?.tenant_id ? { id: row.tenant_id } : null;
  const user =
    row?.user_id && row.user_tenant_id && row.username && row.username_key && row.status
      ? {
          id: row.user_id,
          tenantId: row.user_tenant_id,
          username: row.username,
          usernameKey: row.username_key,
          email: row.email,
          language: row.language ?? 'en',
          passwordHash: row.password_hash,
          status: row.status,
          externalSubject: row.external_subject,
        }
      : null;
  const policy = row?.two_factor_required_for
    ? {
        twoFactorRequiredFor: row.two_factor_required_for,
        twoFactorGraceUntil: row.two_factor_grace_until,
      }
    : null;
  const hasSecondFactor = row?.has_second_factor === true;
  return { name, tenant, user, policy, roles: row?.roles ?? [], hasSecondFactor };
}

/**
 * The one look-up of an account by tenant domain and username (sign-in, password forgotten):
 * the same statement whether the tenant (or a deactivated one), the user or both are unknown.
 */
export async function findAccount(prisma: PrismaClient, typed: AccountName): Promise<FoundAccount> {
  const name = canonicalName(typed);
  const rows = await prisma.$queryRaw<AccountRow[]>(accountRead(name));
  const { tenant, user } = accountOfRow(name, rows[0] ?? null);
  return { name, tenant, user };
}
