import { isTenantDomain } from '@portal/shared';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { CliError, UsageError } from './command.js';

/** Domains are stored lower-case and matched case-insensitively, as at sign-in. */
export function domainArgument(raw: string, option: string): string {
  const domain = raw.trim().toLowerCase();
  if (!isTenantDomain(domain)) {
    throw new UsageError(
      `${option} ${JSON.stringify(raw)} is not a tenant domain (lower-case labels of letters, digits and hyphens, e.g. acme-123456.tenant)`,
    );
  }
  return domain;
}

const TENANT_FIELDS = {
  id: true,
  kind: true,
  domain: true,
  name: true,
  status: true,
  createdAt: true,
  parent: { select: { domain: true } },
} as const;

type TenantFields = Prisma.TenantGetPayload<{ select: typeof TENANT_FIELDS }>;

export interface TenantListItem {
  id: string;
  domain: string;
  name: string;
  kind: string;
  status: string;
  reseller: string | null;
  createdAt: string;
}

export function listItem(tenant: TenantFields): TenantListItem {
  return {
    id: tenant.id,
    domain: tenant.domain,
    name: tenant.name,
    kind: tenant.kind,
    status: tenant.status,
    reseller: tenant.parent?.domain ?? null,
    createdAt: tenant.createdAt.toISOString(),
  };
}

export async function findTenant(
  prisma: PrismaClient,
  domain: string,
  expectedKind?: 'reseller' | 'customer',
): Promise<TenantFields> {
  const tenant = await prisma.tenant.findUnique({ where: { domain }, select: TENANT_FIELDS });
  if (!tenant) throw new CliError('not_found', `No tenant has the domain ${domain}`);
  if (expectedKind && tenant.kind !== expectedKind) {
    throw new CliError('wrong_kind', `${domain} is a ${tenant.kind}, not a ${expectedKind}`);
  }
  return tenant;
}

export async function listTenants(
  prisma: PrismaClient,
  filter: { resellerId?: string; search?: string },
): Promise<TenantListItem[]> {
  const where: Prisma.TenantWhereInput = {
    ...(filter.resellerId ? { parentId: filter.resellerId } : {}),
    ...(filter.search
      ? {
          OR: [
            { domain: { contains: filter.search, mode: 'insensitive' } },
            { name: { contains: filter.search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const tenants = await prisma.tenant.findMany({
    where,
    select: TENANT_FIELDS,
    orderBy: [{ kind: 'asc' }, { domain: 'asc' }],
  });
  return tenants.map(listItem);
}

export interface TenantDetails extends TenantListItem {
  customers: number | null;
  users: { total: number; active: number; withTwoFactor: number; resellerPortal: number };
  admins: { total: number; active: number; withTwoFactor: number; usernames: string[] };
}

/**
 * Users and administrators with their 2FA coverage: a confirmed TOTP credential counts; accounts
 * linked to the reseller portal prove their second factor there and are counted apart.
 */
export async function tenantDetails(
  prisma: PrismaClient,
  tenant: TenantFields,
): Promise<TenantDetails> {
  const users = await prisma.user.findMany({
    where: { tenantId: tenant.id },
    select: {
      username: true,
      status: true,
      externalSubject: true,
      roles: { select: { role: { select: { key: true } } } },
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
      webauthnCredentials: { select: { id: true }, take: 1 },
    },
    orderBy: { usernameKey: 'asc' },
  });
  const withTwoFactor = (user: (typeof users)[number]) =>
    user.totpCredentials.length > 0 || user.webauthnCredentials.length > 0;
  const admins = users.filter((user) => user.roles.some(({ role }) => role.key === 'admin'));
  const customers =
    tenant.kind === 'reseller'
      ? await prisma.tenant.count({ where: { parentId: tenant.id } })
      : null;
  return {
    ...listItem(tenant),
    customers,
    users: {
      total: users.length,
      active: users.filter((user) => user.status === 'active').length,
      withTwoFactor: users.filter(withTwoFactor).length,
      resellerPortal: users.filter((user) => user.externalSubject !== null).length,
    },
    admins: {
      total: admins.length,
      active: admins.filter((user) => user.status === 'active').length,
      withTwoFactor: admins.filter(withTwoFactor).length,
      usernames: admins.map((user) => user.username),
    },
  };
}
