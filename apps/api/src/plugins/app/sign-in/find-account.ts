import { type Language, normalizeTenantDomain, normalizeUsername } from '@portal/shared';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import type { AccountName } from '../lockout.js';

// No tenant has this id; it keeps the user look-up the same query whether or not the tenant exists.
const NO_TENANT = '00000000-0000-0000-0000-000000000000';

const ACCOUNT_USER = {
  id: true,
  tenantId: true,
  username: true,
  usernameKey: true,
  email: true,
  language: true,
  passwordHash: true,
  status: true,
  externalSubject: true,
} as const;

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
 * The one look-up of an account by tenant domain and username (sign-in, password forgotten):
 * the same two queries whether the tenant (or a deactivated one), the user or both are unknown.
 */
export async function findAccount(prisma: PrismaClient, typed: AccountName): Promise<FoundAccount> {
  const name = {
    tenantDomain: normalizeTenantDomain(typed.tenantDomain),
    username: normalizeUsername(typed.username),
  };
  const found = await prisma.tenant.findUnique({
    where: { domain: name.tenantDomain },
    select: { id: true, status: true },
  });
  // A deactivated tenant signs nobody in: it is looked up like an unknown one.
  const tenant = found?.status === 'active' ? { id: found.id } : null;
  const user = await prisma.user.findUnique({
    where: {
      tenantId_usernameKey: { tenantId: tenant?.id ?? NO_TENANT, usernameKey: name.username },
    },
    select: ACCOUNT_USER,
  });
  return { name, tenant, user };
}
