import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * The OpenAPI document is generated from the route schemas; the UI lives at /api/docs. Off in
 * production unless API_DOCS=true: it maps every route for whoever asks.
 */
async function openapi(app: FastifyInstance, options: { enabled: boolean }) {
  if (!options.enabled) return;
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tenant Login Portal API',
        description: 'Sign-in front door of the multi-tenant security management portal.',
        version: '1.0.0',
      },
      tags: [
        { name: 'auth', description: 'Sign-in and sign-out' },
        { name: 'two-factor', description: 'Second sign-in step and activation of 2FA' },
        {
          name: 'passkeys',
          description: 'Passkeys (WebAuthn): registration, second factor, passwordless sign-in',
        },
        { name: 'password-reset', description: 'Password forgotten: reset by e-mail' },
        { name: 'account', description: 'The signed-in user' },
        { name: 'users', description: 'User management in the acting tenant' },
        { name: 'customers', description: "A reseller's customers and the acting tenant" },
        { name: 'sessions', description: "The signed-in user's sessions" },
        { name: 'tenant', description: 'Settings of the acting tenant' },
        { name: 'audit', description: "The acting tenant's audit log" },
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'dev', description: 'Development helpers, absent in production' },
      ],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // Its own CSP (hashes, no unsafe-inline), framed nowhere, as X-Frame-Options: DENY says.
    staticCSP: true,
    transformStaticCSP: (csp) => csp.replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  });
}

export default fp(openapi, { name: 'openapi' });
