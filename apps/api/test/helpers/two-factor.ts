import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { totpCode } from '../../src/security/totp.js';
import type { Credentials } from './login.js';

/** `name=value` of every cookie a response set, for the next request. */
export function cookiesOf(response: LightMyRequestResponse): string {
  return response.cookies
    .filter((cookie) => cookie.value !== '')
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
}

export function post(app: FastifyInstance, url: string, cookie: string, payload?: object) {
  return app.inject({
    method: 'POST',
    url,
    headers: cookie ? { cookie } : {},
    ...(payload ? { payload } : {}),
  });
}

/** A code for a later step: the window accepts the next step, and it is newer than any used. */
export function codeFor(secret: string, stepsAhead = 0): string {
  return totpCode(secret, Date.now() + stepsAhead * 30_000);
}

/** Signs in with the password; returns the answer's status and the pending (or session) cookie. */
export async function passwordStep(app: FastifyInstance, credentials: Credentials) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: credentials,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { status: response.json().status as string, cookie: cookiesOf(response) };
}

/**
 * Takes a user whose policy requires 2FA through activation at sign-in; returns the secret, the
 * recovery codes and the session cookie.
 */
export async function activateAtSignIn(app: FastifyInstance, credentials: Credentials) {
  const { status, cookie: pending } = await passwordStep(app, credentials);
  expect(status).toBe('totp_enrollment_required');
  const enrollment = await post(app, '/api/auth/totp/enrollment', pending);
  expect(enrollment.statusCode, enrollment.body).toBe(200);
  const { secret } = enrollment.json() as { secret: string };
  const confirm = await post(app, '/api/auth/totp/enrollment/confirm', pending, {
    code: codeFor(secret),
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return {
    secret,
    recoveryCodes: confirm.json().recoveryCodes as string[],
    session: cookiesOf(confirm),
  };
}
