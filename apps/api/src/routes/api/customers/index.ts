import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  CustomerListQuery,
  CustomerListResponse,
  ErrorResponse,
  SwitchTenantBody,
  SwitchTenantResponse,
} from '@portal/shared';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';
import { requireAuth } from '../../require-auth.js';
import {
  findSelectableTenant,
  listCustomers,
  type ResellerUser,
  rememberSelection,
} from './cross-tenant.js';

/** A reseller's customers: the selection list and switching the acting tenant. */
const customerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The customer directory reads across tenants by nature; see cross-tenant.ts.
  const { db } = app;

  app.get(
    API_PATHS.customers,
    {
      config: { permission: 'customers.select' },
      schema: {
        tags: ['customers'],
        summary: "The reseller's customers: most recently used first; search by name or domain",
        querystring: CustomerListQuery,
        response: {
          200: CustomerListResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => listCustomers(db, resellerUser(requireAuth(request)), request.query),
  );

  app.post(
    API_PATHS.sessionTenant,
    {
      config: { permission: 'customers.select' },
      schema: {
        tags: ['customers'],
        summary:
          "Act in one of the reseller's customers (or back in the reseller's own tenant); the session id is rotated",
        body: SwitchTenantBody,
        response: {
          200: SwitchTenantResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const reseller = resellerUser(auth);
      const target = await findSelectableTenant(db, reseller, request.body.tenantId);
      if (!target) throw errors.notFound();
      await app.sessions.switchTenant(request, reply, target.id);
      if (target.kind === 'customer') await rememberSelection(db, reseller, target.id);
      await app.audit.record(request, {
        type: 'session.tenant_switched',
        tenantId: target.id,
        actorUserId: auth.user.id,
        actorTenantId: auth.tenant.id,
        details: { from: auth.actingTenant.domain, to: target.domain },
      });
      return { actingTenant: target };
    },
  );
};

/** Only reseller tenants hand out customers.select, so the home tenant is the reseller. */
function resellerUser(auth: AuthContext): ResellerUser {
  if (auth.tenant.kind !== 'reseller') throw errors.notFound();
  return { userId: auth.user.id, resellerTenantId: auth.tenant.id };
}

export default customerRoutes;
