import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  AuthenticatedResponse,
  ErrorResponse,
  RecoveryCodeRequest,
  TotpCodeRequest,
  TotpEnrollmentConfirmResponse,
  TotpEnrollmentResponse,
} from '@portal/shared';
import type { Config } from '../../../config.js';
import { confirmEnrollment, startEnrollment } from './enrollment.js';
import { verifySecondFactor } from './second-factor.js';

const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse };

/**
 * The two-factor steps of a sign-in and activation. They sit outside the session guard: the
 * pending cookie of a challenge (or, for activation, a session) is what authorises them.
 */
const twoFactorRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: 60_000, groupId: 'auth' };

  app.post(
    API_PATHS.totp,
    {
      config: { rateLimit },
      schema: {
        tags: ['two-factor'],
        summary: 'Second sign-in step: the code from the authenticator app',
        body: TotpCodeRequest,
        response: { 200: AuthenticatedResponse, ...errorsOf },
      },
    },
    (request, reply) => verifySecondFactor(app, request, reply, 'totp', request.body.code),
  );

  app.post(
    API_PATHS.recoveryCode,
    {
      config: { rateLimit },
      schema: {
        tags: ['two-factor'],
        summary: 'Second sign-in step with a recovery code (each works once)',
        body: RecoveryCodeRequest,
        response: { 200: AuthenticatedResponse, ...errorsOf },
      },
    },
    (request, reply) => verifySecondFactor(app, request, reply, 'recovery_code', request.body.code),
  );

  app.post(
    API_PATHS.totpEnrollment,
    {
      config: { rateLimit },
      schema: {
        tags: ['two-factor'],
        summary: 'Start activating 2FA: a new secret, in force once its first code is confirmed',
        response: { 200: TotpEnrollmentResponse, ...errorsOf },
      },
    },
    (request) => startEnrollment(app, request),
  );

  app.post(
    API_PATHS.totpEnrollmentConfirm,
    {
      config: { rateLimit },
      schema: {
        tags: ['two-factor'],
        summary: 'Confirm activation with the first code; answers the recovery codes, once',
        body: TotpCodeRequest,
        response: { 200: TotpEnrollmentConfirmResponse, ...errorsOf },
      },
    },
    (request, reply) => confirmEnrollment(app, request, reply, request.body.code),
  );
};

export default twoFactorRoutes;
