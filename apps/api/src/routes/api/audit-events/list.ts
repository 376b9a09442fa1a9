import type {
  AuditEventItem,
  AuditEventListResponse,
  AuditEventQuery,
  AuditEventType,
} from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { AuditPeople } from './cross-tenant.js';

const DEFAULT_PAGE_SIZE = 50;
/** PostgreSQL's largest bigint: a cursor beyond it (the schema allows 19 digits) means "all". */
const MAX_EVENT_ID = 2n ** 63n - 1n;

type AuditEventRow = Awaited<ReturnType<typeof readPage>>['rows'][number];

/**
 * One page of the acting tenant's events, newest first. Keyset paging on the id: a page holds
 * the events older than the cursor, so new events never shift or repeat what was already shown.
 */
export async function readPage(db: TenantDb, query: AuditEventQuery) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  // One more than the page tells whether there is a next page.
  const found = await db.auditEvent.findMany({
    where: auditEventWhere(query),
    orderBy: { id: 'desc' },
    take: limit + 1,
  });
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > limit && last ? last.id.toString() : null };
}

/** The filters: a user as actor or subject, a type, and a time range (both ends included). */
export function auditEventWhere(query: AuditEventQuery): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (query.userId) {
    where.OR = [{ actorUserId: query.userId }, { subjectUserId: query.userId }];
  }
  if (query.type) where.type = query.type;
  if (query.from || query.to) {
    where.createdAt = {
      ...(query.from ? { gte: new Date(query.from) } : {}),
      ...(query.to ? { lte: new Date(query.to) } : {}),
    };
  }
  if (query.cursor) {
    const cursor = BigInt(query.cursor);
    where.id = { lt: cursor > MAX_EVENT_ID ? MAX_EVENT_ID : cursor };
  }
  return where;
}

export function toListResponse(
  page: { rows: AuditEventRow[]; nextCursor: string | null },
  people: AuditPeople,
): AuditEventListResponse {
  return { items: page.rows.map((row) => toItem(row, people)), nextCursor: page.nextCursor };
}

function toItem(row: AuditEventRow, people: AuditPeople): AuditEventItem {
  return {
    id: row.id.toString(),
    type: row.type as AuditEventType,
    createdAt: row.createdAt.toISOString(),
    ip: row.ip,
    actor: person(row.actorUserId, people, row.actorTenantId, {
      username: row.actorUsername,
      displayName: row.actorDisplayName,
    }),
    subject: person(row.subjectUserId, people, null, {
      username: row.subjectUsername,
      displayName: row.subjectDisplayName,
    }),
    details: isObject(row.details) ? row.details : {},
  };
}

/**
 * A user as the log shows them: by the current name, or, deleted since, by the name the event
 * recorded; a deleted actor keeps the home tenant recorded on the event.
 */
function person(
  userId: string | null,
  people: AuditPeople,
  recordedTenantId: string | null,
  recorded: { username: string | null; displayName: string | null },
) {
  if (!userId) return null;
  const known = people.users.get(userId);
  const recordedDomain = recordedTenantId ? people.tenantDomains.get(recordedTenantId) : undefined;
  return {
    id: userId,
    username: known ? known.username : recorded.username,
    displayName: known ? known.displayName : recorded.displayName,
    tenantDomain: recordedDomain ?? known?.tenantDomain ?? null,
    deleted: known === undefined,
  };
}

function isObject(value: Prisma.JsonValue): value is Prisma.JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
