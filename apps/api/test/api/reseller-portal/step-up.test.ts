import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReseller } from '../../helpers/factories.js';
import { type FakeOidcIssuer, startFakeOidcIssuer } from '../../helpers/fake-oidc-issuer.js';
import {
  callback,
  createPortalApp,
  makeLinkedUser,
  portalSessionOf,
  RSP_LOGIN,
  refusalOf,
  signInAtPortal,
  stateCookieOf,
} from '../../helpers/reseller-portal.js';
import { ageProof } from '../../helpers/step-up.js';
import { useTestDatabase } from '../../helpers/test-app.js';
import { post } from '../../helpers/two-factor.js';

/**
 * A linked account has no password here: its step-up is a fresh authentication at the portal
 * (prompt=login, max_age), which renews only the proof of the session it started from.
 */
describe('step-up of a reseller-portal session', () => {
  const t = useTestDatabase();
  let issuer: FakeOidcIssuer;
  let app: FastifyInstance;

  beforeAll(async () => {
    issuer = await startFakeOidcIssuer();
    app = await createPortalApp(t.db, issuer, { env: { STEP_UP_MAX_AGE_SECONDS: '300' } });
  });
  afterAll(async () => {
    await app?.close();
    await issuer?.close();
  });

  async function signedInLinked() {
    const reseller = await makeReseller(t.db);
    const linked = await makeLinkedUser(t.db, issuer.issuer, {
      tenantId: reseller.id,
      roles: ['user'],
    });
    const { response } = await signInAtPortal(app, issuer, { sub: linked.subject });
    const session = portalSessionOf(response) as string;
    return { ...linked, session };
  }

  async function stepUp(session: string, sub: string, authTime = Math.floor(Date.now() / 1000)) {
    const begin = await app.inject({
      method: 'GET',
      url: `${RSP_LOGIN}?purpose=reauthenticate&returnTo=%2Fusers%3Fsearch%3Dx`,
      headers: { cookie: session },
    });
    expect(begin.statusCode, begin.body).toBe(302);
    const authorizationUrl = String(begin.headers.location);
    const query = issuer.authorize(authorizationUrl, { sub, claims: { auth_time: authTime } });
    const done = await callback(app, query, `${session}; ${stateCookieOf(begin)}`);
    return { authorizationUrl: new URL(authorizationUrl), done };
  }

  const changeEmail = (session: string) =>
    app.inject({
      method: 'PUT',
      url: '/api/account/email',
      headers: { cookie: session },
      payload: { email: 'x@example.test' },
    });

  it('asks the portal for a fresh authentication and renews the proof of this session', async () => {
    const linked = await signedInLinked();
    await ageProof({ app, db: t.db }, linked.user.id);
    expect((await changeEmail(linked.session)).json().error).toBe('reauthentication_required');

    const { authorizationUrl, done } = await stepUp(linked.session, linked.subject);
    expect(authorizationUrl.searchParams.get('prompt')).toBe('login');
    expect(authorizationUrl.searchParams.get('max_age')).toBe('300');
    expect(done.statusCode).toBe(302);
    expect(String(done.headers.location)).toBe('http://localhost:3000/users?search=x');
    expect(portalSessionOf(done)).toBeNull();
    expect((await changeEmail(linked.session)).statusCode).toBe(200);
  });

  it('refuses another portal account than the one signed in', async () => {
    const linked = await signedInLinked();
    const other = await signedInLinked();
    await ageProof({ app, db: t.db }, linked.user.id);
    const { done } = await stepUp(linked.session, other.subject);
    expect(refusalOf(done)).toBe('other_account');
    expect((await changeEmail(linked.session)).json().error).toBe('reauthentication_required');
  });

  it('refuses an authentication older than the step-up allows (auth_time)', async () => {
    const linked = await signedInLinked();
    await ageProof({ app, db: t.db }, linked.user.id);
    const { done } = await stepUp(
      linked.session,
      linked.subject,
      Math.floor(Date.now() / 1000) - 3600,
    );
    expect(refusalOf(done)).toBe('invalid_response');
    expect((await changeEmail(linked.session)).json().error).toBe('reauthentication_required');
  });

  it('needs a signed-in session of a linked account, and a path of this portal to return to', async () => {
    const none = await app.inject({ method: 'GET', url: `${RSP_LOGIN}?purpose=reauthenticate` });
    expect(none.statusCode).toBe(401);
    const linked = await signedInLinked();
    for (const returnTo of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const answer = await app.inject({
        method: 'GET',
        url: `${RSP_LOGIN}?purpose=reauthenticate&returnTo=${encodeURIComponent(returnTo)}`,
        headers: { cookie: linked.session },
      });
      expect(answer.statusCode, returnTo).toBe(400);
    }
  });

  it('is not a password step-up: POST /api/account/reauthenticate says the portal manages it', async () => {
    const linked = await signedInLinked();
    const answer = await post(app, '/api/account/reauthenticate', linked.session, {
      password: 'x',
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toBe('managed_by_reseller_portal');
  });
});
