import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptedResponse,
  API_PATHS,
  ErrorResponse,
  NoContent,
  UserIdParams,
} from '@portal/shared';
import { errors } from '../../../lib/app-error.js';
import { requireAuth } from '../../require-auth.js';
import { findTenantUser } from './tenant-user.js';

/** User options: the mails and resets an administrator triggers for one user. */
const userOptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    API_PATHS.userPasswordReset,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary:
          'User options → Reset password: mails the user a reset link (also to activate 2FA)',
        params: UserIdParams,
        response: {
          202: AcceptedResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const user = await findTenantUser(request.tenantDb, request.params.userId, {
        id: true,
        tenantId: true,
        username: true,
        email: true,
        locale: true,
        externalSubject: true,
      });
      if (user.externalSubject) {
        throw errors.conflict(
          'This account signs in through the reseller portal; its password is managed there.',
        );
      }
      if (!user.email)
        throw errors.conflict('This account has no e-mail address to send the link to.');
      await app.passwordResets.issue(
        { ...user, email: user.email, tenantDomain: auth.actingTenant.domain },
        auth.user.id,
      );
      await app.audit.record(request, {
        type: 'password.reset_requested',
        tenantId: auth.actingTenant.id,
        actorUserId: auth.user.id,
        actorTenantId: auth.tenant.id,
        subjectUserId: user.id,
        details: { by: 'administrator' },
      });
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    API_PATHS.userTwoFactorReset,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: "Reset a user's 2FA: they must activate it again at their next sign-in",
        params: UserIdParams,
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
      const user = await findTenantUser(request.tenantDb, request.params.userId, { id: true });
      await app.twoFactor.remove(user.id);
      // Whoever held a session on the old factor (a lost phone) is signed out too.
      await app.sessions.revokeAllOf(user.id);
      await app.audit.record(request, {
        type: 'totp.reset',
        tenantId: auth.actingTenant.id,
        actorUserId: auth.user.id,
        actorTenantId: auth.tenant.id,
        subjectUserId: user.id,
      });
      return reply.code(204).send(null);
    },
  );
};

export default userOptionRoutes;
