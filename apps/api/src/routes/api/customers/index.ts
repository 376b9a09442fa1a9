import { type CustomerListItem, endpoints } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import type { AuditActor } from '../../../plugins/app/audit.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';
import type { TenantRow } from '../../../plugins/app/tenants/index.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import {
  findOwnCustomer,
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

  route(app, endpoints.createCustomer, async (request, reply) => {
    const auth = requireAuth(request);
    const reseller = resellerUser(auth);
    const { name, domain, admin } = request.body;
    const tenant = await app.tenants.createCustomer(
      {
        resellerId: reseller.resellerTenantId,
        name,
        ...(domain ? { domain } : {}),
        // The mail goes out in the inviting reseller's language until the administrator signs in.
        admin: { ...admin, language: auth.user.language },
      },
      actorOf(request, auth),
    );
    return reply.code(201).send(customerItem(tenant, new Date()));
  });

  route(app, endpoints.updateCustomer, async (request) => {
    const auth = requireAuth(request);
    const customer = await findOwnCustomer(db, resellerUser(auth), request.params.tenantId);
    if (!customer) throw errors.notFound();
    const tenant = await app.tenants.setStatus(
      customer.id,
      request.body.status,
      actorOf(request, auth),
    );
    return customerItem(tenant, customer.lastSelectedAt);
  });

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

function actorOf(request: FastifyRequest, auth: AuthContext): AuditActor {
  return { kind: 'user', request, userId: auth.user.id, tenantId: auth.tenant.id };
}

function customerItem(tenant: TenantRow, lastSelectedAt: Date | null): CustomerListItem {
  return {
    id: tenant.id,
    domain: tenant.domain,
    name: tenant.name,
    status: tenant.status,
    lastSelectedAt: lastSelectedAt?.toISOString() ?? null,
  };
}

/** Only reseller tenants hand out customers.select, so the home tenant is the reseller. */
function resellerUser(auth: AuthContext): ResellerUser {
  if (auth.tenant.kind !== 'reseller') throw errors.notFound();
  return { userId: auth.user.id, resellerTenantId: auth.tenant.id };
}
