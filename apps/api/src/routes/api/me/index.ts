import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, ErrorResponse, MeResponse, type TenantSummary } from '@portal/shared';
import type { Config } from '../../../config.js';
import { requireAuth } from '../../require-auth.js';

const meRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  app.get(
    API_PATHS.me,
    {
      config: { permission: 'portal.access' },
      schema: {
        tags: ['account'],
        summary: 'The signed-in user, their tenant, the acting tenant and their permissions',
        response: { 200: MeResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
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
        },
        tenant: summary(auth.tenant),
        actingTenant: auth.actingTenant,
        permissions: auth.permissions,
        twoFactor: {
          enabled: user.twoFactorEnabled,
          required: user.twoFactorRequired,
          graceUntil: user.tenant.twoFactorGraceUntil?.toISOString() ?? null,
        },
        session: {
          authMethod: auth.authMethod,
          expiresAt: auth.expiresAt.toISOString(),
          idleTimeoutSeconds: config.session.idleTimeoutSeconds,
        },
      };
    },
  );
};

function summary({ id, domain, name, kind }: TenantSummary): TenantSummary {
  return { id, domain, name, kind };
}

export default meRoutes;
