import type {
  AuditEventItem,
  AuditEventListResponse,
  AuditEventQuery,
  AuditEventType,
} from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { decodeCursor, encodeCursor } from '../../../lib/list-cursor.js';
import type { AuditPeople } from './cross-tenant.js';

const DEFAULT_PAGE_SIZE = 50;
/** PostgreSQL's largest bigint: no event id is beyond it. */
const MAX_EVENT_ID = 2n ** 63n - 1n;

type AuditEventRow = Awaited<ReturnType<typeof readPage>>['rows'][number];

/** Where a page ends: the last event's time (ISO, milliseconds as stored) and id. */
type EventPosition = readonly [createdAt: string, id: string];

/**
 * One page of the acting tenant's events, newest first by (createdAt, id), the key that every
 * filter index of audit_events ends in: a page reads only its own rows from an index, however
 * many events there are and however far back the time range lies. Keyset paging: a page holds
 * the events before the cursor, so new events never shift or repeat what was already shown.
 */
export async function readPage(db: TenantDb, query: AuditEventQuery) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  // One more than the page tells whether there is a next page.
  const found = await db.auditEvent.findMany({
    where: auditEventWhere(query),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
  });
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return {
    rows,
    nextCursor:
      found.length > limit && last
        ? encodeCursor([last.createdAt.toISOString(), last.id.toString()])
        : null,
  };
}

function isEventPosition(parts: readonly string[]): parts is EventPosition {
  const [createdAt, id] = parts;
  return (
    parts.length === 2 &&
    createdAt !== undefined &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt) &&
    !Number.isNaN(Date.parse(createdAt)) &&
    id !== undefined &&
    /^[0-9]{1,19}$/.test(id) &&
    BigInt(id) <= MAX_EVENT_ID
  );
}

/** Strictly before the position in (createdAt, id) order, in a form the index can range over. */
function beforePosition([createdAt, id]: EventPosition): Prisma.AuditEventWhereInput[] {
  const at = new Date(createdAt);
  return [
    { createdAt: { lte: at } },
    { OR: [{ createdAt: { lt: at } }, { id: { lt: BigInt(id) } }] },
  ];
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
  if (query.cursor) where.AND = beforePosition(decodeCursor(query.cursor, isEventPosition));
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
