import { endpoints } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../../config.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import { listActiveSessions } from './active-sessions.js';

/**
 * The signed-in user's own sessions: list, revoke one, revoke all others. `request.tenantDb`
 * sees only the user's own session rows, so another user's session id is simply not found.
 */
export default async function sessionRoutes(app: FastifyInstance, { config }: { config: Config }) {
  // Which sessions are still active depends on the idle timeout the sessions plugin applies.
  const idleTimeoutSeconds = () => config.session.idleTimeoutSeconds;

  function auditRevoked(
    request: FastifyRequest,
    auth: AuthContext,
    details: Prisma.InputJsonObject,
  ) {
    return app.audit.record(request, {
      type: 'session.revoked',
      tenantId: auth.actingTenant.id,
      actorUserId: auth.user.id,
      actorTenantId: auth.tenant.id,
      subjectUserId: auth.user.id,
      details,
    });
  }

  route(app, endpoints.listSessions, async (request) => {
    const auth = requireAuth(request);
    const items = await listActiveSessions(request.tenantDb, idleTimeoutSeconds(), auth.sessionId);
    return { items };
  });

  route(app, endpoints.revokeSession, async (request, reply) => {
    const auth = requireAuth(request);
    const sessionId = request.params.sessionId.toLowerCase();
    if (sessionId === auth.sessionId) {
      // As logout does: revoke it and clear the cookie.
      await app.sessions.end(request, reply);
    } else {
      // Only the user's own sessions: another user's session id is simply not found.
      const count = await app.sessions.revoke({
        session: sessionId,
        ofUser: auth.user.id,
        onlyActive: true,
      });
      if (count === 0) throw errors.notFound();
    }
    await auditRevoked(request, auth, { sessionId });
    return reply.code(204).send();
  });

  route(app, endpoints.revokeOtherSessions, async (request) => {
    const auth = requireAuth(request);
    const count = await app.sessions.revoke({
      user: auth.user.id,
      except: auth.sessionId,
      onlyActive: true,
    });
    if (count > 0) await auditRevoked(request, auth, { count });
    return { revoked: count };
  });
}
