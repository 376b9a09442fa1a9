import type { Database } from '../../src/db/database.js';

export interface AuditRow {
  type: string;
  tenantId: string | null;
  actorUserId: string | null;
  actorTenantId: string | null;
  subjectUserId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
}

/** The audit events about one attempted username (as normalised), oldest first. */
export async function auditEventsForUsername(db: Database, username: string): Promise<AuditRow[]> {
  return db.prisma.auditEvent.findMany({
    where: { details: { path: ['username'], equals: username } },
    orderBy: { id: 'asc' },
  });
}

/** The audit events where the user acted or was the subject, oldest first. */
export async function auditEventsForUser(db: Database, userId: string): Promise<AuditRow[]> {
  return db.prisma.auditEvent.findMany({
    where: { OR: [{ actorUserId: userId }, { subjectUserId: userId }] },
    orderBy: { id: 'asc' },
  });
}

/** JSON of rows that may hold BigInt ids, to search them for what must not be there. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Just the event types where the user acted or was the subject, oldest first. */
export async function auditTypes(db: Database, userId: string): Promise<string[]> {
  return (await auditEventsForUser(db, userId)).map((event) => event.type);
}
