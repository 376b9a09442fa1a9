import type { AuditEventType } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Prisma } from '../../../generated/prisma/client.js';
import { requireAuth } from '../../require-auth.js';
import type { Actor } from './guards.js';
import type { UserUpdate } from './update.js';

/** The signed-in user acting in their acting tenant (a reseller's user in a customer, too). */
export function actorOf(request: FastifyRequest): Actor {
  const auth = requireAuth(request);
  return { userId: auth.user.id, actingTenantId: auth.actingTenant.id };
}

/**
 * Records a change to a user: it belongs to the acting tenant and names the actor with their
 * home tenant, so a reseller's actions in a customer's log show who did them.
 */
export function auditUserEvent(
  app: FastifyInstance,
  request: FastifyRequest,
  type: AuditEventType,
  subject: string | { id: string; username: string; displayName: string },
  details?: Prisma.InputJsonObject,
): Promise<void> {
  const auth = requireAuth(request);
  // A subject given with its names is gone already (deleted): the event keeps them.
  const names =
    typeof subject === 'string'
      ? {}
      : { subjectUsername: subject.username, subjectDisplayName: subject.displayName };
  return app.audit.record(request, {
    type,
    tenantId: auth.actingTenant.id,
    actorUserId: auth.user.id,
    actorTenantId: auth.tenant.id,
    subjectUserId: typeof subject === 'string' ? subject : subject.id,
    ...names,
    ...(details ? { details } : {}),
  });
}

/** One event for the edited fields (their names, never their values) and one for the status. */
export async function auditUserUpdate(
  app: FastifyInstance,
  request: FastifyRequest,
  userId: string,
  update: UserUpdate,
): Promise<void> {
  if (update.changedFields.length > 0) {
    await auditUserEvent(app, request, 'user.updated', userId, {
      fields: update.changedFields,
      ...(update.role ? { role: update.role } : {}),
    });
  }
  if (update.status) await auditUserEvent(app, request, `user.${update.status}`, userId);
}
