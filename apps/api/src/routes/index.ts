import type { Permission } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { errors } from '../lib/app-error.js';
import accountRoutes from './api/account/index.js';
import auditEventRoutes from './api/audit-events/index.js';
import authRoutes from './api/auth/index.js';
import customerRoutes from './api/customers/index.js';
import devRoutes from './api/dev/index.js';
import healthRoutes from './api/health/index.js';
import meRoutes from './api/me/index.js';
import passwordResetRoutes from './api/password-reset/index.js';
import {
  resellerPortalLinkRoutes,
  resellerPortalPublicRoutes,
} from './api/reseller-portal/index.js';
import sessionRoutes from './api/sessions/index.js';
import tenantSettingsRoutes from './api/tenant-settings/index.js';
import twoFactorRoutes from './api/two-factor/index.js';
import userRoutes from './api/users/index.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a protected route needs; every protected route must name one. */
    permission?: Permission;
  }
}

/**
 * Public routes and protected routes live in separate contexts: the session guard applies to
 * everything registered in the protected one, with no URL matching to get wrong.
 */
export async function registerRoutes(app: FastifyInstance, config: Config) {
  await app.register(healthRoutes);
  await app.register(authRoutes, { config });
  await app.register(twoFactorRoutes, { config });
  await app.register(passwordResetRoutes, { config });
  await app.register(resellerPortalPublicRoutes, { config });
  if (app.mail.delivery === 'dev-outbox') await app.register(devRoutes);
  if (config.devFixtures) await app.register(import('./api/dev/fixtures.js'));

  await app.register(async (protectedApp) => {
    protectedApp.addHook('onRoute', (route) => {
      if (!route.config?.permission) {
        throw new Error(`${route.method} ${route.url} must declare config.permission`);
      }
    });
    protectedApp.addHook('onRequest', (request) => protectedApp.sessions.authenticate(request));
    protectedApp.addHook('preHandler', async (request) => {
      const needed = request.routeOptions.config.permission;
      if (!needed || !request.auth?.permissions.includes(needed)) throw errors.forbidden();
    });
    await protectedApp.register(meRoutes, { config });
    await protectedApp.register(accountRoutes, { config });
    await protectedApp.register(userRoutes);
    await protectedApp.register(resellerPortalLinkRoutes);
    await protectedApp.register(customerRoutes);
    await protectedApp.register(sessionRoutes, { config });
    await protectedApp.register(tenantSettingsRoutes);
    await protectedApp.register(auditEventRoutes);
  });
}
