import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  DisableTwoFactorRequest,
  ERROR_CODES,
  ErrorResponse,
  NoContent,
} from '@portal/shared';
import type { Config } from '../../../config.js';
import { AppError, errors } from '../../../lib/app-error.js';
import { requireAuth } from '../../require-auth.js';

/** The signed-in user's own account. */
const accountRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: 60_000, groupId: 'auth' };

  app.post(
    API_PATHS.twoFactorDisable,
    {
      config: { permission: 'account.manage', rateLimit },
      schema: {
        tags: ['account'],
        summary: 'Turn 2FA off: needs the password and a current code; refused while required',
        body: DisableTwoFactorRequest,
        response: {
          204: NoContent,
          400: ErrorResponse,
          401: ErrorResponse,
          409: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { user, tenant } = requireAuth(request);
      if (user.twoFactorRequired) throw errors.twoFactorRequired();
      if (!(await app.passwords.verifyOf(user.id, request.body.password))) {
        throw new AppError(401, ERROR_CODES.INVALID_CREDENTIALS, 'The password is incorrect.');
      }
      if (!(await app.twoFactor.verifyCode(user.id, request.body.code))) throw errors.invalidCode();
      await app.twoFactor.remove(user.id);
      await app.audit.record(request, {
        type: 'totp.disabled',
        tenantId: tenant.id,
        actorUserId: user.id,
        actorTenantId: tenant.id,
      });
      return reply.code(204).send(null);
    },
  );
};

export default accountRoutes;
