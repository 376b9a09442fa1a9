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
  /** Never passwords, codes, tokens or secrets. */
  details?: Prisma.InputJsonObject;
}

export interface AuditLog {
  record(request: FastifyRequest, entry: AuditEntry, tx?: Prisma.TransactionClient): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditLog;
  }
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
  });
}

export default fp(audit, { name: 'audit', dependencies: ['database'] });
