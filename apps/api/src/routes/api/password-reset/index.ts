import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';

/** "Password forgotten?" and the page that a reset link opens. */
export default async function passwordResetRoutes(app: FastifyInstance) {
  route(app, endpoints.forgotPassword, async (request, reply) => {
    app.passwordResets.request(request, request.body);
    return reply.code(202).send({ status: 'accepted' });
  });

  route(app, endpoints.verifyResetToken, (request) =>
    app.passwordResets.verify(request.body.token),
  );

  route(app, endpoints.resetPassword, (request, reply) =>
    app.passwordResets.reset(request, reply, request.body),
  );
}
