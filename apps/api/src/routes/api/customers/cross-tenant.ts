import type { CustomerListQuery, CustomerListResponse } from '@portal/shared';
import type { Database } from '../../../db/database.js';
import { Prisma } from '../../../generated/prisma/client.js';

/**
 * A reseller's customers are other tenants: this is the one place that reads across tenants for
 * them, and it reads only tenants whose parent is the reseller user's own (home) tenant. Nothing
 * here depends on the acting tenant, so acting in one customer never widens what is listed.
 */
export interface ResellerUser {
  userId: string;
  resellerTenantId: string;
}

const DEFAULT_PAGE_SIZE = 25;

interface CustomerRow {
  id: string;
  domain: string;
  name: string;
  status: 'active' | 'deactivated';
  selected_at: Date | null;
}

/** One page: most recently acted in first, then by name; search matches name or domain. */
export async function listCustomers(
  { prisma }: Database,
  reseller: ResellerUser,
  query: CustomerListQuery,
): Promise<CustomerListResponse> {
  const match = searchCondition(query.search);
  const [rows, counts] = await Promise.all([
    prisma.$queryRaw<CustomerRow[]>`
      SELECT t.id::text AS id, t.domain, t.name, t.status::text AS status, cs.selected_at
      FROM tenants t
      LEFT JOIN customer_selections cs
        ON cs.tenant_id = t.id AND cs.user_id = ${reseller.userId}::uuid
      WHERE t.parent_id = ${reseller.resellerTenantId}::uuid AND t.kind = 'customer' ${match}
      ORDER BY cs.selected_at DESC NULLS LAST, lower(t.name), t.id
      LIMIT ${query.limit ?? DEFAULT_PAGE_SIZE} OFFSET ${query.offset ?? 0}`,
    prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM tenants t
      WHERE t.parent_id = ${reseller.resellerTenantId}::uuid AND t.kind = 'customer' ${match}`,
  ]);
  return {
    total: counts[0]?.total ?? 0,
    items: rows.map((row) => ({
      id: row.id,
      domain: row.domain,
      name: row.name,
      status: row.status,
      lastSelectedAt: row.selected_at?.toISOString() ?? null,
    })),
  };
}

function searchCondition(search: string | undefined): Prisma.Sql {
  const term = search?.trim();
  if (!term) return Prisma.empty;
  // The term is matched literally: % and _ typed by the user are not wildcards.
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`AND (t.name ILIKE ${pattern} OR t.domain ILIKE ${pattern})`;
}

/**
 * The tenant a reseller user may act in: their own reseller tenant or one of its customers;
 * null for anything else, so that another reseller's customer looks exactly like no tenant.
 */
export async function findSelectableTenant(
  { prisma }: Database,
  reseller: ResellerUser,
  tenantId: string,
) {
  return prisma.tenant.findFirst({
    where: {
      id: tenantId,
      OR: [
        { id: reseller.resellerTenantId },
        // A deactivated customer cannot be acted in.
        { parentId: reseller.resellerTenantId, kind: 'customer', status: 'active' },
      ],
    },
    select: { id: true, domain: true, name: true, kind: true },
  });
}

/**
 * One of the reseller's own customers, whatever its status (to deactivate or activate it), with
 * when this reseller user last acted in it; null for anyone else's tenant.
 */
export async function findOwnCustomer(
  { prisma }: Database,
  reseller: ResellerUser,
  tenantId: string,
): Promise<{ id: string; lastSelectedAt: Date | null } | null> {
  const customer = await prisma.tenant.findFirst({
    where: { id: tenantId, parentId: reseller.resellerTenantId, kind: 'customer' },
    select: {
      id: true,
      selectedBy: { where: { userId: reseller.userId }, select: { selectedAt: true } },
    },
  });
  if (!customer) return null;
  return { id: customer.id, lastSelectedAt: customer.selectedBy[0]?.selectedAt ?? null };
}

/** Remembers the choice for "most recently used first". */
export async function rememberSelection(
  { prisma }: Database,
  reseller: ResellerUser,
  tenantId: string,
): Promise<void> {
  await prisma.customerSelection.upsert({
    where: { userId_tenantId: { userId: reseller.userId, tenantId } },
    create: { userId: reseller.userId, tenantId },
    update: { selectedAt: new Date() },
  });
}
