import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';

/** Sign-in with a password, and sign-out. */
export default async function authRoutes(app: FastifyInstance) {
  route(app, endpoints.login, (request, reply) =>
    app.signIn.withPassword(request, reply, request.body),
  );

  route(app, endpoints.logout, async (request, reply) => {
    await app.signIn.signOut(request, reply);
    return reply.code(204).send();
  });
}
