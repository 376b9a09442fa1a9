import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/database.js';
import { makeReseller, makeTenant, makeUser } from './factories.js';
import { credentialsOf, loginAs, sessionCookieOf } from './login.js';

/** A reseller tenant with a signed-in user of the given role (admin by default). */
export async function signedInReseller(
  app: FastifyInstance,
  db: Database,
  role: 'admin' | 'user' = 'admin',
) {
  const reseller = await makeReseller(db);
  const made = await makeUser(db, { tenantId: reseller.id, roles: [role] });
  const session = await loginAs(app, credentialsOf(made));
  return { reseller, user: made.user, session };
}

/** Customers of a reseller, named so that their order by name is the order given. */
export async function makeCustomers(db: Database, resellerId: string, names: readonly string[]) {
  const customers = [];
  for (const name of names) customers.push(await makeTenant(db, { parentId: resellerId, name }));
  return customers;
}

export function switchTenant(
  app: FastifyInstance,
  session: string,
  tenantId: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/session/tenant',
    headers: { cookie: session },
    payload: { tenantId },
  });
}

/** Acts in `tenantId` and returns the rotated session cookie. */
export async function actIn(app: FastifyInstance, session: string, tenantId: string) {
  const response = await switchTenant(app, session, tenantId);
  if (response.statusCode !== 200) {
    throw new Error(`switch failed: ${response.statusCode} ${response.body}`);
  }
  return sessionCookieOf(response);
}
