import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cookiesAndTokens from '../plugins/external/cookies.js';
import {
  createOidcStateTokens,
  OIDC_STATE_COOKIE_PATH,
  OIDC_STATE_SECONDS,
  type OidcLoginChecks,
  type OidcStateTokens,
  oidcStateCookie,
} from './oidc-state.js';
import { createSessionTokens, TOKEN_AUDIENCE, TOKEN_ISSUER } from './session-token.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';

const random = () => randomBytes(32).toString('base64url');
const checks = (): OidcLoginChecks => ({
  state: random(),
  nonce: random(),
  codeVerifier: random(),
});

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A state token built by hand, so every claim can be chosen. */
function craft(payload: Record<string, unknown>, secret = SECRET): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

const validClaims = (overrides: Record<string, unknown> = {}) => ({
  typ: 'rsp_state',
  st: random(),
  nn: random(),
  cv: random(),
  aud: TOKEN_AUDIENCE,
  iss: TOKEN_ISSUER,
  iat: now(),
  exp: now() + 600,
  ...overrides,
});

describe('reseller-portal state tokens', () => {
  let app: FastifyInstance;
  let tokens: OidcStateTokens;

  beforeAll(async () => {
    app = Fastify();
    await app.register(cookiesAndTokens, { sessionSecret: SECRET });
    await app.ready();
    tokens = createOidcStateTokens(app.jwt);
  });
  afterAll(() => app.close());

  it('round-trips state, nonce and code verifier', () => {
    const sent = checks();
    expect(tokens.verify(tokens.sign(sent))).toEqual(sent);
  });

  it('lives ten minutes', () => {
    const payload = JSON.parse(
      Buffer.from(tokens.sign(checks()).split('.')[1] as string, 'base64url').toString(),
    );
    expect(payload.exp - now()).toBeGreaterThan(OIDC_STATE_SECONDS - 5);
    expect(payload.exp - now()).toBeLessThanOrEqual(OIDC_STATE_SECONDS);
    expect(payload).toMatchObject({ typ: 'rsp_state', aud: TOKEN_AUDIENCE, iss: TOKEN_ISSUER });
  });

  it('accepts a hand-crafted token with valid claims (so the refusals below mean something)', () => {
    const claims = validClaims();
    expect(tokens.verify(craft(claims))).toEqual({
      state: claims.st,
      nonce: claims.nn,
      codeVerifier: claims.cv,
    });
  });

  it.each([
    ['another secret', () => craft(validClaims(), 'another-secret-of-a-similar-length-000')],
    ['an expiry in the past', () => craft(validClaims({ iat: now() - 900, exp: now() - 60 }))],
    ['no expiry', () => craft(validClaims({ exp: undefined }))],
    ['a wrong audience', () => craft(validClaims({ aud: 'elsewhere' }))],
    ['a wrong issuer', () => craft(validClaims({ iss: 'elsewhere' }))],
    ['the session type', () => craft(validClaims({ typ: 'session' }))],
    ['no type', () => craft(validClaims({ typ: undefined }))],
    ['no state', () => craft(validClaims({ st: undefined }))],
    ['no nonce', () => craft(validClaims({ nn: undefined }))],
    ['no code verifier', () => craft(validClaims({ cv: undefined }))],
    ['a short state', () => craft(validClaims({ st: 'abc' }))],
    ['a nonce with other characters', () => craft(validClaims({ nn: `${random()}=` }))],
    ['a code verifier that is a number', () => craft(validClaims({ cv: 12345 }))],
    ['garbage', () => 'not.a.jwt'],
    ['the empty string', () => ''],
  ])('refuses a token with %s', (_what, make) => {
    expect(tokens.verify(make())).toBeNull();
  });

  it('refuses a token whose payload was changed after signing (a tampered state)', () => {
    const [header, , signature] = tokens.sign(checks()).split('.');
    const forged = b64url(validClaims());
    expect(tokens.verify(`${header}.${forged}.${signature}`)).toBeNull();
  });

  it('refuses a token whose signature was changed', () => {
    const token = tokens.sign(checks());
    const at = token.length - 10;
    const tampered = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    expect(tampered).not.toBe(token);
    expect(tokens.verify(tampered)).toBeNull();
  });

  it('is no session or pending token, and no session token is a state token', () => {
    const sessions = createSessionTokens(app.jwt);
    const state = tokens.sign(checks());
    expect(sessions.verify(state, 'session')).toBeNull();
    expect(sessions.verify(state, 'pending')).toBeNull();
    const session = sessions.sign(
      { sid: randomUUID(), typ: 'session' },
      new Date(Date.now() + 60_000),
    );
    expect(tokens.verify(session)).toBeNull();
  });
});

describe('the state cookie', () => {
  it('is HttpOnly, Lax, scoped to the reseller-portal routes and short-lived', () => {
    expect(oidcStateCookie(new URL('http://localhost:3000'))).toEqual({
      name: 'portal_rsp_state',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        secure: false,
        path: OIDC_STATE_COOKIE_PATH,
        maxAge: 600,
      },
    });
  });

  it('is Secure with the __Secure- prefix over https', () => {
    const cookie = oidcStateCookie(new URL('https://portal.example.com'));
    expect(cookie.name).toBe('__Secure-portal_rsp_state');
    expect(cookie.options.secure).toBe(true);
    expect(OIDC_STATE_COOKIE_PATH).toBe('/api/auth/rsp');
  });
});
