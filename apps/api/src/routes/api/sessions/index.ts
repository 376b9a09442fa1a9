import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  ErrorResponse,
  NoContent,
  RevokeOthersResponse,
  SessionIdParams,
  SessionListResponse,
} from '@portal/shared';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../../config.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';
import { requireAuth } from '../../require-auth.js';
import { activeSessionWhere, listActiveSessions } from './active-sessions.js';

/**
 * The signed-in user's own sessions: list, revoke one, revoke all others. `request.tenantDb`
 * sees only the user's own session rows, so another user's session id is simply not found.
 */
const sessionRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
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

  app.get(
    API_PATHS.sessions,
    {
      config: { permission: 'account.manage' },
      schema: {
        tags: ['account'],
        summary: "The signed-in user's active sessions, most recently seen first",
        response: { 200: SessionListResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const items = await listActiveSessions(
        request.tenantDb,
        idleTimeoutSeconds(),
        auth.sessionId,
      );
      return { items };
    },
  );

  app.delete(
    API_PATHS.session,
    {
      config: { permission: 'account.manage' },
      schema: {
        tags: ['account'],
        summary: 'End one of your sessions; ending the current one signs you out here',
        params: SessionIdParams,
        response: {
          204: NoContent,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const sessionId = request.params.sessionId.toLowerCase();
      if (sessionId === auth.sessionId) {
        // As logout does: revoke it and clear the cookie.
        await app.sessions.end(request, reply);
      } else {
        const { count } = await request.tenantDb.session.updateMany({
          where: { id: sessionId, ...activeSessionWhere(idleTimeoutSeconds()) },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw errors.notFound();
      }
      await auditRevoked(request, auth, { sessionId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    API_PATHS.sessionsRevokeOthers,
    {
      config: { permission: 'account.manage' },
      schema: {
        tags: ['account'],
        summary: 'End all your sessions except this one',
        response: { 200: RevokeOthersResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { count } = await request.tenantDb.session.updateMany({
        where: { id: { not: auth.sessionId }, ...activeSessionWhere(idleTimeoutSeconds()) },
        data: { revokedAt: new Date() },
      });
      if (count > 0) await auditRevoked(request, auth, { count });
      return { revoked: count };
    },
  );
};

export default sessionRoutes;
