import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptedResponse,
  API_PATHS,
  ErrorResponse,
  ForgotPasswordRequest,
  ResetPasswordRequest,
  ResetPasswordResponse,
  ResetTokenInfo,
  ResetTokenRequest,
} from '@portal/shared';
import type { Config } from '../../../config.js';
import { requestPasswordReset } from './forgot.js';
import { ownerOf, resetPassword } from './reset.js';

/** Public: "Password forgotten?" and the page that a reset link opens. */
const passwordResetRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (
  app,
  { config },
) => {
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: 60_000, groupId: 'auth' };

  app.post(
    API_PATHS.passwordForgot,
    {
      // Its own limits are silent (still 202); see forgot.ts.
      schema: {
        tags: ['password-reset'],
        summary: 'Send a reset link by e-mail; 202 whether or not the account exists',
        body: ForgotPasswordRequest,
        response: { 202: AcceptedResponse, 400: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.code(202).send(requestPasswordReset(app, request, request.body)),
  );

  app.post(
    API_PATHS.passwordResetVerify,
    {
      config: { rateLimit },
      schema: {
        tags: ['password-reset'],
        summary: 'Whose password a reset link changes (400 invalid_token when it no longer works)',
        body: ResetTokenRequest,
        response: { 200: ResetTokenInfo, 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => {
      const owner = await ownerOf(app, request.body.token);
      return { tenantDomain: owner.tenantDomain, username: owner.user.username };
    },
  );

  app.post(
    API_PATHS.passwordReset,
    {
      config: { rateLimit },
      schema: {
        tags: ['password-reset'],
        summary:
          'Set a new password with a reset link (once; 30 minutes, 7 days for a new account)',
        body: ResetPasswordRequest,
        response: {
          200: ResetPasswordResponse,
          400: ErrorResponse,
          422: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    (request, reply) => resetPassword(app, request, reply, request.body),
  );
};

export default passwordResetRoutes;
