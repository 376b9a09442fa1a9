import { randomBytes } from 'node:crypto';
import type { RoleKey } from '@portal/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { createSecretBox } from '../../src/security/secret-box.js';
import { makeUser } from './factories.js';
import type { FakeOidcIssuer, IdTokenOptions } from './fake-oidc-issuer.js';
import { testConfig, testHasher } from './test-app.js';

export const RSP_LOGIN = '/api/auth/rsp/login';
export const RSP_CALLBACK = '/api/auth/rsp/callback';
export const RSP_LOGOUT = '/api/auth/rsp/logout';
export const AUTH_OPTIONS = '/api/auth/options';

export interface PortalClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** The environment that turns reseller-portal sign-in on for `portal`. */
export function rspEnv(portal: PortalClient, extra: Record<string, string> = {}) {
  return {
    RSP_ISSUER_URL: portal.issuer,
    RSP_CLIENT_ID: portal.clientId,
    RSP_CLIENT_SECRET: portal.clientSecret,
    ...extra,
  };
}

/**
 * An app like `createApp`'s, with reseller-portal sign-in against `portal` and, optionally, a
 * shorter timeout for the portal's requests (the hanging-portal test).
 */
export async function createPortalApp(
  db: Database,
  portal: PortalClient,
  options: { env?: Record<string, string>; timeoutSeconds?: number } = {},
): Promise<FastifyInstance> {
  const config = testConfig(rspEnv(portal, options.env));
  if (config.resellerPortal && options.timeoutSeconds) {
    config.resellerPortal.timeoutSeconds = options.timeoutSeconds;
  }
  const app = await buildApp({
    config,
    db,
    hasher: await testHasher(),
    sessionSecret: randomBytes(32).toString('base64url'),
    secretBox: createSecretBox(randomBytes(32)),
    logger: false,
    checkContract: true,
  });
  await app.ready();
  return app;
}

/** A user of ours linked to `subject` at `issuer` (no password, as linking leaves it). */
export async function makeLinkedUser(
  db: Database,
  issuer: string,
  overrides: { tenantId?: string; roles?: RoleKey[]; subject?: string; email?: string } = {},
) {
  const subject = overrides.subject ?? `rsp-${randomBytes(4).toString('hex')}`;
  const made = await makeUser(db, {
    password: null,
    ...(overrides.tenantId ? { tenantId: overrides.tenantId } : {}),
    ...(overrides.roles ? { roles: overrides.roles } : {}),
    ...(overrides.email ? { email: overrides.email } : {}),
  });
  await db.prisma.user.update({
    where: { id: made.user.id },
    data: { externalIssuer: issuer, externalSubject: subject },
  });
  return { ...made, subject };
}

/** The `name=value` of the state cookie that a response set. */
export function stateCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('portal_rsp_state') && c.value);
  if (!cookie) throw new Error(`no state cookie in ${response.statusCode}`);
  return `${cookie.name}=${cookie.value}`;
}

/** GET /api/auth/rsp/login: the portal's authorization URL and the state cookie. */
export async function beginPortalLogin(app: FastifyInstance) {
  const response = await app.inject({ method: 'GET', url: RSP_LOGIN });
  expect(response.statusCode, response.body).toBe(302);
  return { authorizationUrl: String(response.headers.location), cookie: stateCookieOf(response) };
}

export function callback(
  app: FastifyInstance,
  query: URLSearchParams | string,
  cookie?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'GET',
    url: `${RSP_CALLBACK}?${query.toString()}`,
    headers: cookie ? { cookie } : {},
  });
}

/** The whole round trip: login, the person signs in at the portal, the callback. */
export async function signInAtPortal(
  app: FastifyInstance,
  issuer: FakeOidcIssuer,
  idToken: IdTokenOptions,
) {
  const { authorizationUrl, cookie } = await beginPortalLogin(app);
  const query = issuer.authorize(authorizationUrl, idToken);
  const response = await callback(app, query, cookie);
  return { response, query, cookie, authorizationUrl };
}

/** The refusal reason of a callback's redirect to the SPA's explanation page. */
export function refusalOf(response: LightMyRequestResponse): string | null {
  expect(response.statusCode, response.body).toBe(302);
  const location = new URL(String(response.headers.location));
  if (location.pathname !== '/login/reseller-portal') return null;
  return location.searchParams.get('reason');
}

/** `name=value` of the session cookie a callback set, or null. */
export function portalSessionOf(response: LightMyRequestResponse): string | null {
  const cookie = response.cookies.find((c) => c.name.endsWith('portal_session') && c.value);
  return cookie ? `${cookie.name}=${cookie.value}` : null;
}

/** The newest rsp.login_refused events, newest first. */
export function refusalEvents(db: Database) {
  return db.prisma.auditEvent.findMany({
    where: { type: 'rsp.login_refused' },
    orderBy: { id: 'desc' },
  });
}
