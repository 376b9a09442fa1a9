import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import { findTenantUser } from './tenant-user.js';
import { auditUserEvent } from './user-audit.js';

/** User options: the mails and resets an administrator triggers for one user. */
export default async function userOptionRoutes(app: FastifyInstance) {
  route(app, endpoints.resetUserPassword, async (request, reply) => {
    const auth = requireAuth(request);
    const user = await findTenantUser(request.tenantDb, request.params.userId, {
      id: true,
      tenantId: true,
      username: true,
      email: true,
      language: true,
      externalSubject: true,
    });
    if (user.externalSubject) throw errors.managedByResellerPortal('password');
    if (!user.email) throw errors.noEmail();
    await app.passwordResets.issue(
      { ...user, email: user.email, tenantDomain: auth.actingTenant.domain },
      auth.user.id,
    );
    await auditUserEvent(app, request, 'password.reset_requested', user.id, {
      by: 'administrator',
    });
    return reply.code(202).send({ status: 'accepted' });
  });

  route(app, endpoints.resetUserTwoFactor, async (request, reply) => {
    const user = await findTenantUser(request.tenantDb, request.params.userId, { id: true });
    // Whoever held a session on the old factor (a lost phone) is signed out too.
    await app.twoFactor.remove(request, user.id, 'administrator', (tx) =>
      app.sessions.revokeAllOf(user.id, tx),
    );
    await auditUserEvent(app, request, 'totp.reset', user.id);
    return reply.code(204).send();
  });
}
