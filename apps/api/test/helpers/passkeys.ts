import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { SoftwareAuthenticator, type Tamper } from './passkey-authenticator.js';
import { cookiesOf, post } from './two-factor.js';

/** Registers a new software passkey with `cookie` (a session after step-up, or a pending step). */
export async function registerPasskey(
  app: FastifyInstance,
  cookie: string,
  name = 'Test key',
  authenticator = new SoftwareAuthenticator(),
) {
  const options = await post(app, '/api/auth/passkeys/registration/options', cookie);
  expect(options.statusCode, options.body).toBe(200);
  const credential = authenticator.register(options.json().options);
  const answer = await post(app, '/api/auth/passkeys/registration', cookie, { name, credential });
  expect(answer.statusCode, answer.body).toBe(200);
  return {
    authenticator,
    passkey: answer.json().passkey as { id: string; name: string },
    status: answer.json().status as string,
    cookie: cookiesOf(answer),
  };
}

/** A passwordless sign-in with the authenticator: the answer, for the test to judge. */
export async function passwordlessSignIn(
  app: FastifyInstance,
  authenticator: SoftwareAuthenticator,
  tamper: Tamper = {},
): Promise<LightMyRequestResponse> {
  const options = await post(app, '/api/auth/passkeys/sign-in/options', '');
  expect(options.statusCode, options.body).toBe(200);
  const credential = authenticator.assert(options.json().options, tamper);
  return post(app, '/api/auth/passkeys/sign-in', '', { credential });
}

/** The passkey as the second step of a pending sign-in: the answer, for the test to judge. */
export async function passkeySecondFactor(
  app: FastifyInstance,
  pending: string,
  authenticator: SoftwareAuthenticator,
  tamper: Tamper = {},
): Promise<LightMyRequestResponse> {
  const options = await post(app, '/api/auth/passkeys/second-factor/options', pending);
  expect(options.statusCode, options.body).toBe(200);
  const credential = authenticator.assert(options.json().passkey, tamper);
  return post(app, '/api/auth/passkeys/second-factor', pending, { credential });
}
