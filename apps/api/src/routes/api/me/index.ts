import { endpoints, type TenantSummary } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';

export default async function meRoutes(app: FastifyInstance, { config }: { config: Config }) {
  route(app, endpoints.me, async (request) => {
    const auth = requireAuth(request);
    const { user } = auth;
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        email: user.email,
        roles: user.roles,
        twoFactorEnabled: user.twoFactorEnabled,
        language: user.language,
      },
      tenant: summary(auth.tenant),
      actingTenant: auth.actingTenant,
      permissions: auth.permissions,
      twoFactor: {
        enabled: user.twoFactorEnabled,
        authenticatorApp: user.authenticatorApp,
        required: user.twoFactorRequired,
        graceUntil: user.tenant.twoFactorGraceUntil?.toISOString() ?? null,
      },
      session: {
        authMethod: auth.authMethod,
        expiresAt: auth.expiresAt.toISOString(),
        idleTimeoutSeconds: config.session.idleTimeoutSeconds,
      },
    };
  });
}

function summary({ id, domain, name, kind }: TenantSummary): TenantSummary {
  return { id, domain, name, kind };
}
