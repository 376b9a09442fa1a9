import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { activateAtSignIn } from './two-factor.js';

export interface Credentials {
  tenantDomain: string;
  username: string;
  password: string;
}

/** What the login form gets for a user made by `makeUser`. */
export function credentialsOf(made: {
  tenant: { domain: string };
  user: { username: string };
  password: string | null;
}): Credentials {
  if (made.password === null) throw new Error(`${made.user.username} has no password`);
  return {
    tenantDomain: made.tenant.domain,
    username: made.user.username,
    password: made.password,
  };
}

export function postLogin(
  app: FastifyInstance,
  credentials: Partial<Credentials> | unknown,
  headers = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: credentials as object,
    headers,
  });
}

/** The `name=value` of the session cookie that a response set, for the next request. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('portal_session'));
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Signs in and returns the cookie header for requests as that user. An administrator whose
 * policy requires 2FA is taken through activation first, as the login screen would.
 */
export async function loginAs(app: FastifyInstance, credentials: Credentials): Promise<string> {
  const response = await postLogin(app, credentials);
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  if (response.json().status === 'totp_enrollment_required') {
    return (await activateAtSignIn(app, credentials)).session;
  }
  return sessionCookieOf(response);
}

/** 429 too_many_attempts, telling to retry within 1 to `atMostSeconds` s (body and header agree). */
export function expectRetryLater(response: LightMyRequestResponse, atMostSeconds: number) {
  expect(response.statusCode).toBe(429);
  const body = response.json();
  expect(body.error).toBe('too_many_attempts');
  expect(body.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(body.retryAfterSeconds).toBeLessThanOrEqual(atMostSeconds);
  expect(response.headers['retry-after']).toBe(String(body.retryAfterSeconds));
}
