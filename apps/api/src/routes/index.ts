import { API_DOCS_PATH } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import accountRoutes from './api/account/index.js';
import auditEventRoutes from './api/audit-events/index.js';
import authRoutes from './api/auth/index.js';
import customerRoutes from './api/customers/index.js';
import devFixtureRoutes from './api/dev/fixtures.js';
import devRoutes from './api/dev/index.js';
import healthRoutes from './api/health/index.js';
import meRoutes from './api/me/index.js';
import passkeyRoutes from './api/passkeys/index.js';
import passwordResetRoutes from './api/password-reset/index.js';
import resellerPortalRoutes from './api/reseller-portal/index.js';
import sessionRoutes from './api/sessions/index.js';
import tenantSettingsRoutes from './api/tenant-settings/index.js';
import twoFactorRoutes from './api/two-factor/index.js';
import userRoutes from './api/users/index.js';

/**
 * Every API route comes from an endpoint of the contract (see `route`), which also decides
 * whether the session guard stands in front of it: no URL matching, no second list to forget.
 */
export async function registerRoutes(app: FastifyInstance, config: Config) {
  app.addHook('onRoute', (options) => {
    const isApi = options.url.startsWith('/api/') && !options.url.startsWith(API_DOCS_PATH);
    if (isApi && !options.config?.endpoint) {
      throw new Error(`${options.method} ${options.url} is not registered from the contract`);
    }
  });
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(twoFactorRoutes);
  await app.register(passkeyRoutes);
  await app.register(passwordResetRoutes);
  await app.register(resellerPortalRoutes, { config });
  if (app.mail.delivery === 'dev-outbox') await app.register(devRoutes);
  if (config.devFixtures) await app.register(devFixtureRoutes);

  await app.register(meRoutes, { config });
  await app.register(accountRoutes);
  await app.register(userRoutes);
  await app.register(customerRoutes);
  await app.register(sessionRoutes, { config });
  await app.register(tenantSettingsRoutes);
  await app.register(auditEventRoutes);
}
