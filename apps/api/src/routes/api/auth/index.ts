import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, ErrorResponse, LoginRequest, LoginResponse } from '@portal/shared';
import type { Config } from '../../../config.js';
import { login } from './login-service.js';

/** Public: sign-in and sign-out. The per-IP limit covers every route here as one group. */
const authRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: 60_000, groupId: 'auth' };

  app.post(
    API_PATHS.login,
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with tenant domain, username and password',
        body: LoginRequest,
        response: {
          200: LoginResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => login(app, request, reply, request.body),
  );

  app.post(
    API_PATHS.logout,
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: the session ends at once (204, also without a session)',
      },
    },
    async (request, reply) => {
      const ended = await app.sessions.end(request, reply);
      if (ended) {
        await app.audit.record(request, {
          type: 'logout',
          tenantId: ended.actingTenant.id,
          actorUserId: ended.user.id,
          actorTenantId: ended.tenant.id,
        });
      }
      return reply.code(204).send();
    },
  );
};

export default authRoutes;
