import type { AuditEventType } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Prisma } from '../../generated/prisma/client.js';

export interface AuditEntry {
  type: AuditEventType;
  /** The tenant the event belongs to; null when the tenant is unknown. */
  tenantId: string | null;
  actorUserId?: string | null;
  actorTenantId?: string | null;
  subjectUserId?: string | null;
  /**
   * The subject's names, only for a subject already gone when the event is written (a deletion):
   * the database records the names of existing users itself (trigger audit_events_keep_names).
   */
  subjectUsername?: string;
  subjectDisplayName?: string;
  /** Never passwords, codes, tokens or secrets. */
  details?: Prisma.InputJsonObject;
}

export interface AuditLog {
  record(request: FastifyRequest, entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void>;
  /** An event of the operator CLI: no request, no user; the details name the operator. */
  recordOperator(entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void>;
  /**
   * `record` of several entries, in this order, as one INSERT to run inside a larger statement
   * (the sign-in writes its events with the session); written only when `condition` (SQL) holds.
   */
  recordSql(request: FastifyRequest, entries: AuditEntry[], condition?: Prisma.Sql): Prisma.Sql;
}

/** Who changes tenants: a signed-in user (through a request) or the operator CLI. */
export type AuditActor =
  | { kind: 'user'; request: FastifyRequest; userId: string; tenantId: string }
  | { kind: 'operator' };

/** Records the entry as the actor's. */
export function recordAs(
  audit: AuditLog,
  actor: AuditActor,
  entry: AuditEntry,
  tx?: Prisma.TransactionClient,
): Promise<void> {
  return actor.kind === 'operator'
    ? audit.recordOperator(entry, tx)
    : audit.record(
        actor.request,
        { ...entry, actorUserId: actor.userId, actorTenantId: actor.tenantId },
        tx,
      );
}

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditLog;
  }
}

/**
 * An event of the operator CLI: no request and no user, the details name the operator. Also for
 * the CLI's commands that run without the app (migrate, check).
 */
export async function recordOperatorEvent(
  db: Prisma.TransactionClient,
  entry: AuditEntry,
): Promise<void> {
  await db.auditEvent.create({
    data: {
      ...entry,
      actorUserId: null,
      actorTenantId: null,
      details: { ...entry.details, actor: 'operator' },
      ip: null,
      userAgent: 'portal-cli',
    },
  });
}

async function audit(app: FastifyInstance) {
  const recordSql: AuditLog['recordSql'] = (request, entries, condition = Prisma.sql`true`) => {
    const ip = request.ip;
    const userAgent = request.headers['user-agent']?.slice(0, 512) ?? null;
    // One multi-row INSERT: the rows get their ids in the order given.
    const rows = entries.map(
      (entry) => Prisma.sql`(${entry.tenantId}::uuid, ${entry.actorUserId ?? null}::uuid,
        ${entry.actorTenantId ?? null}::uuid, ${entry.subjectUserId ?? null}::uuid, ${entry.type}::text,
        ${ip}::text, ${userAgent}::text, ${JSON.stringify(entry.details ?? {})}::jsonb,
        ${entry.subjectUsername ?? null}::text, ${entry.subjectDisplayName ?? null}::text)`,
    );
    // Names left null are filled by the database (trigger audit_events_keep_names).
    return Prisma.sql`
      INSERT INTO audit_events (tenant_id, actor_user_id, actor_tenant_id, subject_user_id, type,
                                ip, user_agent, details, subject_username, subject_display_name)
      SELECT * FROM (VALUES ${Prisma.join(rows)}) AS entry WHERE ${condition}`;
  };

  app.decorate<AuditLog>('audit', {
    async record(request, entry, tx = app.db.prisma) {
      await tx.$executeRaw(recordSql(request, [entry]));
    },
    recordOperator: (entry, tx = app.db.prisma) => recordOperatorEvent(tx, entry),
    recordSql,
  });
}

export default fp(audit, { name: 'audit', dependencies: ['database'] });
