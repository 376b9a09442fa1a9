import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import { createTenantUser } from './create.js';
import { deleteTenantUser } from './delete.js';
import { updateTenantUser } from './update.js';
import { actorOf, auditUserEvent, auditUserUpdate } from './user-audit.js';
import { findUserItem } from './user-item.js';

/** Create, edit, deactivate and delete users of the acting tenant. */
export default async function userManageRoutes(app: FastifyInstance) {
  route(app, endpoints.createUser, async (request, reply) => {
    const auth = requireAuth(request);
    const user = await createTenantUser(
      request.tenantDb,
      auth.actingTenant.id,
      request.body,
      auth.user.language,
    );
    await auditUserEvent(app, request, 'user.created', user.id, { role: request.body.role });
    // The new account has no password: the mailed link is how its owner sets one.
    await app.passwordResets.issue(
      { ...user, tenantDomain: auth.actingTenant.domain },
      auth.user.id,
      { purpose: 'account-created', tenantName: auth.actingTenant.name },
    );
    return reply.code(201).send(await findUserItem(request.tenantDb, user.id));
  });

  route(app, endpoints.updateUser, async (request) => {
    const { userId } = request.params;
    const auth = requireAuth(request);
    // One's own e-mail address is where resets go: changing it needs a recent step-up.
    const ownEmail = userId.toLowerCase() === auth.user.id && request.body.email !== undefined;
    if (ownEmail && request.body.email !== auth.user.email && !app.sessions.hasRecentProof(auth)) {
      throw errors.reauthenticationRequired();
    }
    const update = await updateTenantUser(request.tenantDb, actorOf(request), userId, request.body);
    // A deactivated user cannot use a session any more; revoking them says so in the list too.
    // Any other change (name, role, status) is in their sessions: those reload it.
    if (update.status === 'deactivated') await app.sessions.revokeAllOf(userId);
    else await app.sessions.invalidate({ user: userId });
    await auditUserUpdate(app, request, userId, update);
    if (update.previousEmail !== undefined && request.body.email !== undefined) {
      // Resets go to the new address now: its owner hears of it at the old one too.
      const notice = { kind: 'email-changed', newEmail: request.body.email } as const;
      await app.securityNotices.send(request, userId, notice, undefined, {
        alsoTo: update.previousEmail,
      });
    }
    return findUserItem(request.tenantDb, userId);
  });

  route(app, endpoints.deleteUser, async (request, reply) => {
    const user = await deleteTenantUser(request.tenantDb, actorOf(request), request.params.userId);
    // Its sessions went with the row; the instances that hold them in memory forget them now.
    await app.sessions.invalidate({ user: user.id });
    // The row is gone: the event keeps the names it had (and the username in the details, as before).
    await auditUserEvent(app, request, 'user.deleted', user, { username: user.username });
    return reply.code(204).send();
  });
}
