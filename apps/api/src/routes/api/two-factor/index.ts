import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';

/** The second step of a sign-in, and the activation of 2FA (at sign-in or signed in). */
export default async function twoFactorRoutes(app: FastifyInstance) {
  route(app, endpoints.totp, (request, reply) =>
    app.signIn.withSecondFactor(request, reply, 'totp', request.body.code),
  );

  route(app, endpoints.recoveryCode, (request, reply) =>
    app.signIn.withSecondFactor(request, reply, 'recovery_code', request.body.code),
  );

  route(app, endpoints.totpEnrollment, (request) => app.signIn.startEnrollment(request));

  route(app, endpoints.totpEnrollmentConfirm, (request, reply) =>
    app.signIn.confirmEnrollment(request, reply, request.body.code),
  );
}
