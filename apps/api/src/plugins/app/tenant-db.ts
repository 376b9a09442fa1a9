import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { scopeToTenant, type TenantDb } from '../../db/tenant-scope.js';
import { errors } from '../../lib/app-error.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The database as the signed-in user may see it: scoped to the acting tenant (and to the
     * user's own sessions). Protected routes use this, never `app.db.prisma`.
     */
    readonly tenantDb: TenantDb;
  }
}

const SCOPED_CLIENT = Symbol('tenantDb');

/** Decorates requests with `tenantDb`, built on first use from the session's acting tenant. */
async function tenantDb(app: FastifyInstance) {
  app.decorateRequest('tenantDb', {
    getter() {
      const request = this as typeof this & { [SCOPED_CLIENT]?: TenantDb };
      const cached = request[SCOPED_CLIENT];
      if (cached) return cached;
      // Only a protected route has a session; anything else has no tenant to act in.
      if (!this.auth) throw errors.unauthenticated();
      const scoped = scopeToTenant(app.db.prisma, {
        tenantId: this.auth.actingTenant.id,
        userId: this.auth.user.id,
      });
      request[SCOPED_CLIENT] = scoped;
      return scoped;
    },
  });
}

export default fp(tenantDb, { name: 'tenant-db', dependencies: ['database', 'sessions'] });
