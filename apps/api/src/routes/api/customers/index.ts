import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import {
  findSelectableTenant,
  listCustomers,
  type ResellerUser,
  rememberSelection,
} from './cross-tenant.js';

/** A reseller's customers: the selection list and switching the acting tenant. */
export default async function customerRoutes(app: FastifyInstance) {
  // The customer directory reads across tenants by nature; see cross-tenant.ts.
  const { db } = app;

  route(app, endpoints.listCustomers, async (request) =>
    listCustomers(db, resellerUser(requireAuth(request)), request.query),
  );

  route(app, endpoints.switchTenant, async (request, reply) => {
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
      details: switchDetails(auth, target.domain),
    });
    return { actingTenant: target };
  });
}

/** Where the session came from: a customer that had left the reseller is named as such. */
function switchDetails(auth: AuthContext, to: string) {
  const lost = auth.unavailableCustomer;
  return lost
    ? { from: lost.domain, fromUnavailable: true, to }
    : { from: auth.actingTenant.domain, to };
}

/** Only reseller tenants hand out customers.select, so the home tenant is the reseller. */
function resellerUser(auth: AuthContext): ResellerUser {
  if (auth.tenant.kind !== 'reseller') throw errors.notFound();
  return { userId: auth.user.id, resellerTenantId: auth.tenant.id };
}
