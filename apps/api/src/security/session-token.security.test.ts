import { createHmac, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import cookiesAndTokens from '../plugins/external/cookies.js';
import {
  createSessionTokens,
  type SessionTokens,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from './session-token.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';

const b64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, so every part (header, claims, signature) can be chosen freely. */
function craft(
  payload: Record<string, unknown>,
  { alg = 'HS256', secret = SECRET }: { alg?: string; secret?: string } = {},
): string {
  const head = `${b64url({ alg, typ: 'JWT' })}.${b64url(payload)}`;
  if (alg === 'none') return `${head}.`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  if (!hash) throw new Error(`cannot craft ${alg}`);
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const validClaims = (overrides: Record<string, unknown> = {}) => ({
  sid: randomUUID(),
  typ: 'session',
  aud: TOKEN_AUDIENCE,
  iss: TOKEN_ISSUER,
  iat: now(),
  exp: now() + 600,
  ...overrides,
});

describe('session tokens (signed with the app’s own @fastify/jwt setup)', () => {
  let app: FastifyInstance;
  let tokens: SessionTokens;

  beforeAll(async () => {
    app = Fastify();
    await app.register(cookiesAndTokens, { sessionSecret: SECRET });
    await app.ready();
    tokens = createSessionTokens(app.jwt);
  });
  afterAll(() => app.close());

  it('round-trips: a signed token verifies to its session id for its own type', () => {
    const sid = randomUUID();
    const token = tokens.sign({ sid, typ: 'session' }, new Date(Date.now() + 60_000));
    expect(tokens.verify(token, 'session')).toBe(sid);
  });

  it('signs with HS256 and carries audience, issuer, type and an expiry at the given time', () => {
    const sid = randomUUID();
    const expiresAt = new Date(Date.now() + 3_600_000);
    const [header, payload] = tokens
      .sign({ sid, typ: 'pending' }, expiresAt)
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({ sid, typ: 'pending', aud: TOKEN_AUDIENCE, iss: TOKEN_ISSUER });
    expect(Math.abs(payload.exp - expiresAt.getTime() / 1000)).toBeLessThanOrEqual(2);
  });

  it('accepts a hand-crafted token with valid claims (so the refusals below are meaningful)', () => {
    const claims = validClaims();
    expect(tokens.verify(craft(claims), 'session')).toBe(claims.sid);
  });

  it.each([
    ['alg none without signature', () => craft(validClaims(), { alg: 'none' })],
    ['HS512 with the same secret', () => craft(validClaims(), { alg: 'HS512' })],
    ['HS384 with the same secret', () => craft(validClaims(), { alg: 'HS384' })],
    ['another secret', () => craft(validClaims(), { secret: 'another-secret-of-similar-length' })],
    ['a wrong audience', () => craft(validClaims({ aud: 'some-other-api' }))],
    ['no audience', () => craft(validClaims({ aud: undefined }))],
    ['a wrong issuer', () => craft(validClaims({ iss: 'evil-issuer' }))],
    ['no issuer', () => craft(validClaims({ iss: undefined }))],
    ['an expiry in the past', () => craft(validClaims({ iat: now() - 120, exp: now() - 60 }))],
    ['no expiry', () => craft(validClaims({ exp: undefined }))],
    ['a non-uuid session id', () => craft(validClaims({ sid: 'not-a-uuid' }))],
    ['a session id that is not a string', () => craft(validClaims({ sid: 42 }))],
    ['a session id padded with a space', () => craft(validClaims({ sid: ` ${randomUUID()}` }))],
    ['a session id with a suffix', () => craft(validClaims({ sid: `${randomUUID()}x` }))],
    ['no session id', () => craft(validClaims({ sid: undefined }))],
    ['no type', () => craft(validClaims({ typ: undefined }))],
    ['a pending token used as a session', () => craft(validClaims({ typ: 'pending' }))],
    ['garbage', () => 'not.a.jwt'],
    ['the empty string', () => ''],
  ])('refuses a token with %s', (_what, make) => {
    expect(tokens.verify(make(), 'session')).toBeNull();
  });

  it('refuses a session token used as a pending token', () => {
    const token = tokens.sign({ sid: randomUUID(), typ: 'session' }, new Date(Date.now() + 60_000));
    expect(tokens.verify(token, 'pending')).toBeNull();
  });

  it('refuses a token whose payload was changed after signing', () => {
    const token = tokens.sign({ sid: randomUUID(), typ: 'session' }, new Date(Date.now() + 60_000));
    const [header, , signature] = token.split('.');
    const forgedPayload = b64url(validClaims({ sid: randomUUID() }));
    expect(tokens.verify(`${header}.${forgedPayload}.${signature}`, 'session')).toBeNull();
  });

  it('refuses a token whose signature was changed', () => {
    const token = tokens.sign({ sid: randomUUID(), typ: 'session' }, new Date(Date.now() + 60_000));
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${token.slice(0, -2)}${last}${token.at(-1)}`;
    expect(tampered).not.toBe(token);
    expect(tokens.verify(tampered, 'session')).toBeNull();
  });

  it('refuses a token that a server with another secret signed', async () => {
    const other = Fastify();
    await other.register(cookiesAndTokens, {
      sessionSecret: 'a-completely-different-secret-value',
    });
    await other.ready();
    const foreign = createSessionTokens(other.jwt).sign(
      { sid: randomUUID(), typ: 'session' },
      new Date(Date.now() + 60_000),
    );
    await other.close();
    expect(tokens.verify(foreign, 'session')).toBeNull();
  });

  describe('a token verified before', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
    });

    it('is not verified again (the signature check is remembered)', () => {
      const own = createSessionTokens(app.jwt);
      const verify = vi.spyOn(app.jwt, 'verify');
      const sid = randomUUID();
      const token = own.sign({ sid, typ: 'session' }, new Date(Date.now() + 60_000));
      expect(own.verify(token, 'session')).toBe(sid);
      expect(own.verify(token, 'session')).toBe(sid);
      expect(verify).toHaveBeenCalledTimes(1);
    });

    it('still expires, and still counts only for its own type', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const own = createSessionTokens(app.jwt);
      const claims = validClaims({ exp: now() + 10 });
      const token = craft(claims);
      expect(own.verify(token, 'session')).toBe(claims.sid);
      expect(own.verify(token, 'pending')).toBeNull();
      vi.setSystemTime(Date.now() + 11_000);
      expect(own.verify(token, 'session')).toBeNull();
    });

    it('is a different token after any change to its text', () => {
      const own = createSessionTokens(app.jwt);
      const token = own.sign({ sid: randomUUID(), typ: 'session' }, new Date(Date.now() + 60_000));
      expect(own.verify(token, 'session')).not.toBeNull();
      const [header, , signature] = token.split('.');
      const forged = `${header}.${b64url(validClaims())}.${signature}`;
      expect(own.verify(forged, 'session')).toBeNull();
    });
  });
});
