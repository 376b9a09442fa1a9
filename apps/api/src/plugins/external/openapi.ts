import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The OpenAPI document is generated from the route schemas; the UI lives at /api/docs. */
async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tenant Login Portal API',
        description: 'Sign-in front door of the multi-tenant security management portal.',
        version: '1.0.0',
      },
      tags: [
        { name: 'auth', description: 'Sign-in and sign-out' },
        { name: 'account', description: 'The signed-in user' },
        { name: 'health', description: 'Liveness and readiness' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

export default fp(openapi, { name: 'openapi' });
