import type { RoleKey } from '@portal/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../../src/db/database.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Answer = Promise<LightMyRequestResponse>;

export interface UsersApi {
  get(id: string): Answer;
  create(body: object): Answer;
  update(id: string, body: object): Answer;
  remove(id: string): Answer;
  passwordReset(id: string): Answer;
  twoFactorReset(id: string): Answer;
}

/** Calls the users API as the holder of `cookie`. */
export function callUsers(
  app: FastifyInstance,
  cookie: string,
  method: Method,
  path: string,
  payload?: object,
): Answer {
  return app.inject({
    method,
    url: `/api/users${path}`,
    headers: { cookie },
    ...(payload ? { payload } : {}),
  });
}

/** A user-management client for one signed-in user. */
export function usersApi(app: FastifyInstance, cookie: string): UsersApi {
  return {
    get: (id: string) => callUsers(app, cookie, 'GET', `/${id}`),
    create: (body: object) => callUsers(app, cookie, 'POST', '', body),
    update: (id: string, body: object) => callUsers(app, cookie, 'PATCH', `/${id}`, body),
    remove: (id: string) => callUsers(app, cookie, 'DELETE', `/${id}`),
    passwordReset: (id: string) => callUsers(app, cookie, 'POST', `/${id}/password-reset`),
    twoFactorReset: (id: string) => callUsers(app, cookie, 'POST', `/${id}/two-factor/reset`),
  };
}

/** A signed-in user of the given role in `tenantId` (a new customer tenant when not given). */
export async function signedIn(
  app: FastifyInstance,
  db: Database,
  options: { tenantId?: string; role?: RoleKey; username?: string } = {},
): Promise<Awaited<ReturnType<typeof makeUser>> & { session: string; api: UsersApi }> {
  const tenantId = options.tenantId ?? (await makeTenant(db)).id;
  const made = await makeUser(db, {
    tenantId,
    roles: [options.role ?? 'admin'],
    ...(options.username ? { username: options.username } : {}),
  });
  const session = await loginAs(app, credentialsOf(made));
  return { ...made, session, api: usersApi(app, session) };
}

/** The /api/me status of a session: 200 while it works, 401 once it ends. */
export async function meStatus(app: FastifyInstance, cookie: string): Promise<number> {
  return (await app.inject({ url: '/api/me', headers: { cookie } })).statusCode;
}

/**
 * Makes the user's live sessions act in `tenantId`, as choosing a customer does. Done in the
 * database because this test does not exercise the customer selection itself.
 */
export async function actInDirectly(db: Database, userId: string, tenantId: string) {
  await db.prisma.session.updateMany({
    where: { userId, revokedAt: null },
    data: { actingTenantId: tenantId },
  });
}
