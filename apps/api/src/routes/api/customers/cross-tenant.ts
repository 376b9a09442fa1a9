import {
  type CustomerListItem,
  type CustomerListQuery,
  type CustomerListResponse,
  RECENT_CUSTOMERS_SHOWN,
} from '@portal/shared';
import type { Database } from '../../../db/database.js';
import { Prisma, type PrismaClient } from '../../../generated/prisma/client.js';
import {
  assertOneWayOfPaging,
  decodeCursor,
  encodeCursor,
  isUuid,
} from '../../../lib/list-cursor.js';

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

/** Where a page of the by-name part ends: lower(name) and id, the order of its index. */
type NamePosition = readonly [nameKey: string, id: string];

const isNamePosition = (parts: readonly string[]): parts is NamePosition =>
  parts.length === 2 && (parts[0]?.length ?? 0) <= 1000 && isUuid(parts[1] ?? '');

/**
 * One page: the customers this user acted in most recently first (at most
 * RECENT_CUSTOMERS_SHOWN, read apart through customer_selections' (user_id, selected_at) index),
 * then every other customer by name, case-insensitively, through the
 * (parent_id, lower(name), id) index. A cursor continues the by-name part after its last row, so
 * any page costs what the first does; an offset (kept for existing clients) counts through the
 * same order. The search (name or domain, substring, case-insensitive) is answered by trigram
 * indexes. The total is counted on the first page only (no cursor).
 */
export async function listCustomers(
  { prisma }: Database,
  reseller: ResellerUser,
  query: CustomerListQuery,
): Promise<CustomerListResponse> {
  assertOneWayOfPaging(query);
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const match = searchCondition(query.search);
  const after = query.cursor ? decodeCursor(query.cursor, isNamePosition) : null;
  const [recent, total] = await Promise.all([
    recentCustomers(prisma, reseller, match),
    after ? null : countCustomers(prisma, reseller, match),
  ]);
  // The recent ones head the first page (or the offset's share of them) and nowhere else.
  const recentShown = after ? [] : recent.slice(offset, offset + limit);
  const namedLimit = limit - recentShown.length;
  const named = await customersByName(prisma, reseller, match, {
    after,
    excluding: recent.map((row) => row.id),
    offset: after ? 0 : Math.max(0, offset - recent.length),
    // One more than the page tells whether there is a next page.
    limit: namedLimit + 1,
  });
  const namedShown = named.slice(0, namedLimit);
  const last = namedShown.at(-1);
  return {
    total,
    items: [...recentShown, ...namedShown].map(toItem),
    nextCursor: named.length > namedLimit && last ? encodeCursor([last.name_key, last.id]) : null,
  };
}

async function recentCustomers(
  prisma: PrismaClient,
  reseller: ResellerUser,
  match: Prisma.Sql,
): Promise<CustomerRow[]> {
  return prisma.$queryRaw<CustomerRow[]>`
    SELECT t.id::text AS id, t.domain, t.name, t.status::text AS status, cs.selected_at
    FROM customer_selections cs
    JOIN tenants t ON t.id = cs.tenant_id
    WHERE cs.user_id = ${reseller.userId}::uuid
      AND t.parent_id = ${reseller.resellerTenantId}::uuid AND t.kind = 'customer' ${match}
    ORDER BY cs.selected_at DESC, t.id
    LIMIT ${RECENT_CUSTOMERS_SHOWN}`;
}

// A tenant has a parent exactly when it is a customer (CHECK tenants_customer_has_parent), so
// the parent alone selects the customers and the count can stay in the index.
async function countCustomers(
  prisma: PrismaClient,
  reseller: ResellerUser,
  match: Prisma.Sql,
): Promise<number> {
  const [row] = await prisma.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM tenants t
    WHERE t.parent_id = ${reseller.resellerTenantId}::uuid ${match}`;
  return row?.total ?? 0;
}

async function customersByName(
  prisma: PrismaClient,
  reseller: ResellerUser,
  match: Prisma.Sql,
  page: { after: NamePosition | null; excluding: string[]; offset: number; limit: number },
): Promise<(CustomerRow & { name_key: string })[]> {
  const after = page.after
    ? Prisma.sql`AND (lower(t.name), t.id) > (${page.after[0]}, ${page.after[1]}::uuid)`
    : Prisma.empty;
  const excluding =
    page.excluding.length > 0
      ? Prisma.sql`AND t.id <> ALL(${page.excluding}::uuid[])`
      : Prisma.empty;
  return prisma.$queryRaw<(CustomerRow & { name_key: string })[]>`
    SELECT t.id::text AS id, t.domain, t.name, t.status::text AS status, cs.selected_at,
           lower(t.name) AS name_key
    FROM tenants t
    LEFT JOIN customer_selections cs
      ON cs.tenant_id = t.id AND cs.user_id = ${reseller.userId}::uuid
    WHERE t.parent_id = ${reseller.resellerTenantId}::uuid ${match} ${after} ${excluding}
    ORDER BY lower(t.name), t.id
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

function toItem(row: CustomerRow): CustomerListItem {
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    status: row.status,
    lastSelectedAt: row.selected_at?.toISOString() ?? null,
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
