import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../../src/app.js';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import {
  beginPortalLogin,
  callback,
  createPortalApp,
  makeLinkedUser,
  portalSessionOf,
  refusalEvents,
  refusalOf,
  rspEnv,
  signInAtPortal,
} from '../../helpers/reseller-portal.js';
import { createApp, testConfig, useTestDatabase } from '../../helpers/test-app.js';

/**
 * Every check the specification requires of the answer, each broken on its own: the callback
 * refuses it with `invalid_response`, starts no session, and records why.
 */
describe('reseller-portal callback: what is refused', () => {
  const t = useTestDatabase();
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;
  let subject: string;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer();
    app = await createPortalApp(t.db, issuer);
    subject = (await makeLinkedUser(t.db, issuer.issuer, { roles: ['admin'] })).subject;
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  let sessionsBefore: number;
  beforeEach(async () => {
    sessionsBefore = await t.db.prisma.session.count();
  });

  /** Refused as invalid_response, no session anywhere, one audit event; returns its detail. */
  async function expectInvalid(response: Awaited<ReturnType<typeof callback>>) {
    expect(refusalOf(response)).toBe('invalid_response');
    expect(portalSessionOf(response)).toBeNull();
    expect(await t.db.prisma.session.count()).toBe(sessionsBefore);
    const [event] = await refusalEvents(t.db);
    expect(event).toMatchObject({ tenantId: null, details: { reason: 'invalid_response' } });
    return (event?.details as { detail?: string } | undefined)?.detail;
  }

  it('accepts the untouched answer (so each refusal below is down to its one change)', async () => {
    const { response } = await signInAtPortal(app, issuer, { sub: subject });
    expect(refusalOf(response)).toBeNull();
    expect(portalSessionOf(response)).not.toBeNull();
  });

  it('refuses a tampered state', async () => {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const query = issuer.authorize(authorizationUrl, { sub: subject });
    const state = query.get('state') as string;
    const tampered = `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`;
    expect(tampered).not.toBe(state);
    query.set('state', tampered);
    const detail = await expectInvalid(await callback(app, query, cookie));
    expect(detail).toMatch(/^OAUTH_/);
  });

  it("refuses the state of another sign-in (another browser's cookie)", async () => {
    const mine = await beginPortalLogin(app);
    const theirs = await beginPortalLogin(app);
    const query = issuer.authorize(mine.authorizationUrl, { sub: subject });
    await expectInvalid(await callback(app, query, theirs.cookie));
  });

  it('refuses a callback without the state cookie (login CSRF)', async () => {
    const { authorizationUrl } = await beginPortalLogin(app);
    const query = issuer.authorize(authorizationUrl, { sub: subject });
    expect(await expectInvalid(await callback(app, query))).toBe('state_cookie_invalid');
  });

  it('refuses a state cookie that was tampered with', async () => {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const query = issuer.authorize(authorizationUrl, { sub: subject });
    // A character inside the signature (the last one carries padding bits that decode away).
    const at = cookie.length - 10;
    const tampered = `${cookie.slice(0, at)}${cookie[at] === 'A' ? 'B' : 'A'}${cookie.slice(at + 1)}`;
    expect(await expectInvalid(await callback(app, query, tampered))).toBe('state_cookie_invalid');
  });

  it('refuses a replayed authorization code (its second use)', async () => {
    const first = await signInAtPortal(app, issuer, { sub: subject });
    expect(portalSessionOf(first.response)).not.toBeNull();
    sessionsBefore = await t.db.prisma.session.count();
    // Replayed with everything the first use had, the cookie included.
    const detail = await expectInvalid(await callback(app, first.query, first.cookie));
    expect(detail).toBe('token_endpoint:invalid_grant');
  });

  it('refuses a wrong nonce', async () => {
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { nonce: 'a-nonce-from-another-sign-in' },
    });
    expect(await expectInvalid(response)).toMatch(/^OAUTH_/);
  });

  it('refuses an ID token without a nonce', async () => {
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { nonce: undefined },
    });
    await expectInvalid(response);
  });

  it('refuses an ID token signed by another key', async () => {
    const { response } = await signInAtPortal(app, issuer, { sub: subject, foreignKey: true });
    // The signature check of the JWKS key: openid-client reports it as an invalid response.
    expect(await expectInvalid(response)).toBe('OAUTH_INVALID_RESPONSE');
  });

  it('refuses an expired ID token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { iat: now - 900, exp: now - 300 },
    });
    expect(await expectInvalid(response)).toMatch(/^OAUTH_/);
  });

  it('refuses an ID token for another audience', async () => {
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { aud: 'another-client' },
    });
    expect(await expectInvalid(response)).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it('refuses an ID token of another issuer', async () => {
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { iss: 'https://evil.example' },
    });
    expect(await expectInvalid(response)).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it('refuses an ID token without an expiry', async () => {
    const { response } = await signInAtPortal(app, issuer, {
      sub: subject,
      claims: { exp: undefined },
    });
    await expectInvalid(response);
  });

  it('refuses a code redeemed with another PKCE verifier (a code of another sign-in)', async () => {
    const mine = await beginPortalLogin(app);
    const theirs = await beginPortalLogin(app);
    // The code was issued for `theirs`; the state is made to match `mine`.
    const query = issuer.authorize(theirs.authorizationUrl, { sub: subject });
    query.set('state', new URL(mine.authorizationUrl).searchParams.get('state') as string);
    expect(await expectInvalid(await callback(app, query, mine.cookie))).toBe(
      'token_endpoint:invalid_grant',
    );
  });

  it('refuses a callback without a code', async () => {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const state = new URL(authorizationUrl).searchParams.get('state') as string;
    await expectInvalid(await callback(app, new URLSearchParams({ state }), cookie));
  });

  it('refuses a malformed callback with the refusal page, not JSON, and uses up the state', async () => {
    const { cookie } = await beginPortalLogin(app);
    const response = await callback(app, `code=${'x'.repeat(3000)}&state=s`, cookie);
    expect(await expectInvalid(response)).toBe('callback_query_invalid');
    expect(response.cookies.find((c) => c.name === 'portal_rsp_state')?.value).toBe('');
  });

  it('uses the state cookie up on every callback, whatever the outcome', async () => {
    const { authorizationUrl, cookie } = await beginPortalLogin(app);
    const query = issuer.authorize(authorizationUrl, { sub: subject, claims: { nonce: 'x' } });
    const response = await callback(app, query, cookie);
    const cleared = response.cookies.find((c) => c.name === 'portal_rsp_state');
    expect(cleared).toMatchObject({ value: '', path: '/api/auth/rsp' });
  });
});

describe('reseller-portal callback: logs', () => {
  const t = useTestDatabase();
  const lines: string[] = [];
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer();
    const env = rspEnv(issuer, { LOG_LEVEL: 'trace' });
    const options = loggerOptions(testConfig(env));
    app = await createApp(t.db, {
      env,
      logger: {
        ...(typeof options === 'object' ? options : {}),
        level: 'trace',
        stream: { write: (line: string) => lines.push(line) },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  it('never hold the code, the state, the nonce or the client secret', async () => {
    const { subject } = await makeLinkedUser(t.db, issuer.issuer);
    const signedIn = await signInAtPortal(app, issuer, { sub: subject });
    expect(portalSessionOf(signedIn.response)).not.toBeNull();
    const replayed = await callback(app, signedIn.query, signedIn.cookie);
    expect(refusalOf(replayed)).toBe('invalid_response');

    const all = lines.join('\n');
    expect(all).toContain('/api/auth/rsp/callback?[redacted]');
    const sent = new URL(signedIn.authorizationUrl).searchParams;
    for (const secret of [
      signedIn.query.get('code'),
      signedIn.query.get('state'),
      sent.get('nonce'),
      sent.get('code_challenge'),
      issuer.clientSecret,
      signedIn.cookie.split('=')[1],
    ]) {
      expect(secret).toBeTruthy();
      expect(all).not.toContain(secret);
    }
  });
});
