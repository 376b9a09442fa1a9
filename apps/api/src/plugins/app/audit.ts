import type { AuditEventType } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Prisma } from '../../generated/prisma/client.js';

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
  app.decorate<AuditLog>('audit', {
    async record(request, entry, tx = app.db.prisma) {
      await tx.auditEvent.create({
        data: {
          ...entry,
          details: entry.details ?? {},
          ip: request.ip,
          userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
        },
      });
    },
    recordOperator: (entry, tx = app.db.prisma) => recordOperatorEvent(tx, entry),
  });
}

export default fp(audit, { name: 'audit', dependencies: ['database'] });
