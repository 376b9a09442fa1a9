import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTP_REQUIRED_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from './accounts.js';
import { devIdpOptionsFromEnv } from './env.js';
import { DevIdpProductionError, PRODUCTION_REFUSAL } from './guard.js';
import { DevIdpCookieJar, DevIdpLoginError, loginProgrammatically } from './programmatic-login.js';
import { type DevIdp, startDevIdp } from './start.js';

const CLIENT_ID = 'test-portal';
const CLIENT_SECRET = 'test-secret';
const REDIRECT_URI = 'http://localhost:3000/api/auth/rsp/callback';
const POST_LOGOUT_URI = 'http://localhost:3000/login';
const PASSWORD = 'reseller-portal';

let idp: DevIdp;
let config: client.Configuration;

beforeAll(async () => {
  idp = await startDevIdp({
    port: 0,
    nodeEnv: 'test',
    clients: [
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        redirectUris: [REDIRECT_URI],
        postLogoutRedirectUris: [POST_LOGOUT_URI],
      },
    ],
  });
  config = await client.discovery(new URL(idp.issuer), CLIENT_ID, CLIENT_SECRET, undefined, {
    execute: [client.allowInsecureRequests],
  });
});

afterAll(async () => {
  await idp?.close();
});

/** An authorization request as the portal's API makes it, and the checks for its callback. */
async function beginSignIn() {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const finish = (callbackUrl: URL) =>
    client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
  return { authorizationUrl, state, finish };
}

async function signIn(username: string, otp?: string) {
  const { authorizationUrl, finish } = await beginSignIn();
  const callbackUrl = await loginProgrammatically({
    authorizationUrl,
    username,
    password: PASSWORD,
    ...(otp ? { otp } : {}),
  });
  return finish(callbackUrl);
}

describe('dev-idp sign-in (Authorization Code + PKCE)', () => {
  it('signs rsp.partner in with multi-factor authentication', async () => {
    const { authorizationUrl, state, finish } = await beginSignIn();
    const callbackUrl = await loginProgrammatically({
      authorizationUrl,
      username: 'rsp.partner',
      password: PASSWORD,
      otp: '123456',
    });
    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(REDIRECT_URI);
    expect(callbackUrl.searchParams.get('state')).toBe(state);
    expect(callbackUrl.searchParams.get('iss')).toBe(idp.issuer);

    const tokens = await finish(callbackUrl);
    expect(tokens.claims()).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT_ID,
      sub: 'rsp.partner',
      amr: ['pwd', 'otp'],
      name: 'Rita Partner',
      email: 'rsp.partner@reseller-portal.test',
      email_verified: true,
    });
    const header = JSON.parse(
      Buffer.from(tokens.id_token?.split('.')[0] ?? '', 'base64url').toString(),
    );
    expect(header.alg).toBe('RS256');
  });

  it('reports password-only authentication for rsp.nomfa and rsp.stranger', async () => {
    expect((await signIn('rsp.nomfa')).claims()).toMatchObject({ sub: 'rsp.nomfa', amr: ['pwd'] });
    expect((await signIn('rsp.stranger')).claims()).toMatchObject({
      sub: 'rsp.stranger',
      amr: ['pwd'],
    });
  });

  it('shows an error for a wrong password or an unknown account', async () => {
    for (const [username, password] of [
      ['rsp.nomfa', 'wrong'],
      ['nobody', PASSWORD],
    ] as const) {
      const { authorizationUrl } = await beginSignIn();
      const attempt = loginProgrammatically({ authorizationUrl, username, password });
      await expect(attempt).rejects.toThrow(DevIdpLoginError);
      await expect(attempt).rejects.toMatchObject({
        message: WRONG_CREDENTIALS_MESSAGE,
        status: 401,
      });
    }
  });

  it('asks rsp.partner for a one-time code', async () => {
    for (const otp of [undefined, '12345', 'abcdef']) {
      const { authorizationUrl } = await beginSignIn();
      const attempt = loginProgrammatically({
        authorizationUrl,
        username: 'rsp.partner',
        password: PASSWORD,
        ...(otp ? { otp } : {}),
      });
      await expect(attempt).rejects.toMatchObject({ message: OTP_REQUIRED_MESSAGE });
    }
  });

  it('serves an accessible login page', async () => {
    const { authorizationUrl } = await beginSignIn();
    const redirect = await fetch(authorizationUrl, { redirect: 'manual' });
    const pageUrl = new URL(redirect.headers.get('location') ?? '', idp.issuer);
    const cookie = redirect.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const html = await (await fetch(pageUrl, { headers: { cookie } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Reseller portal (development)</h1>');
    for (const [id, label] of [
      ['username', 'Username'],
      ['password', 'Password'],
      ['otp', 'One-time code'],
    ]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`);
      expect(html).toContain(`id="${id}" name="${id}"`);
    }
    expect(html).toContain('<button type="submit">Sign in</button>');
    expect(html).toContain('any 6 digits are accepted');
  });

  it('requires PKCE', async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      state: client.randomState(),
    });
    const callbackUrl = await loginProgrammatically({
      authorizationUrl: url,
      username: 'rsp.nomfa',
      password: PASSWORD,
    });
    expect(callbackUrl.searchParams.get('error')).toBe('invalid_request');
  });

  it('does not exchange an authorization code twice', async () => {
    const { authorizationUrl, finish } = await beginSignIn();
    const callbackUrl = await loginProgrammatically({
      authorizationUrl,
      username: 'rsp.nomfa',
      password: PASSWORD,
    });
    await finish(callbackUrl);
    await expect(finish(callbackUrl)).rejects.toThrow();
  });

  it('offers RP-initiated logout with a confirmation page', async () => {
    const { authorizationUrl, finish } = await beginSignIn();
    const browser = new DevIdpCookieJar();
    const tokens = await finish(
      await loginProgrammatically({
        authorizationUrl,
        username: 'rsp.nomfa',
        password: PASSWORD,
        cookies: browser,
      }),
    );
    const endSessionUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_URI,
    });
    expect(endSessionUrl.href.startsWith(`${idp.issuer}/session/end`)).toBe(true);

    const page = await browser.fetch(endSessionUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<button type="submit" form="op.logoutForm" name="logout" value="yes"');
    expect(html).toContain('>Sign out</button>');

    const form = /<form[^>]*action="([^"]+)"[\s\S]*?name="xsrf" value="([^"]+)"/.exec(html);
    const confirmed = await browser.fetch(
      form?.[1] ?? '',
      new URLSearchParams({ xsrf: form?.[2] ?? '', logout: 'yes' }),
    );
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(POST_LOGOUT_URI);
  });
});

describe('dev-idp configuration', () => {
  it('defaults to the values pnpm dev gives the API', () => {
    const options = devIdpOptionsFromEnv({});
    expect(options.port).toBe(4010);
    expect(options.password).toBe('reseller-portal');
    expect(options.clients).toEqual([
      {
        clientId: 'tenant-portal',
        clientSecret: 'dev-idp-secret',
        redirectUris: [
          'http://localhost:3000/api/auth/rsp/callback',
          'http://127.0.0.1:3000/api/auth/rsp/callback',
          'http://localhost:5173/api/auth/rsp/callback',
          'http://127.0.0.1:5173/api/auth/rsp/callback',
        ],
        postLogoutRedirectUris: [
          'http://localhost:3000/login',
          'http://127.0.0.1:3000/login',
          'http://localhost:5173/login',
          'http://127.0.0.1:5173/login',
        ],
      },
    ]);
  });

  it('accepts several portal origins and rejects a bad port', () => {
    const options = devIdpOptionsFromEnv({
      DEV_IDP_PORTAL_URL: 'http://127.0.0.1:3210/, https://portal.example.test',
      DEV_IDP_PORT: '0',
    });
    expect(options.port).toBe(0);
    expect(options.clients[0]?.redirectUris).toEqual([
      'http://127.0.0.1:3210/api/auth/rsp/callback',
      'http://localhost:3210/api/auth/rsp/callback',
      'https://portal.example.test/api/auth/rsp/callback',
      'http://localhost:5173/api/auth/rsp/callback',
      'http://127.0.0.1:5173/api/auth/rsp/callback',
    ]);
    expect(() => devIdpOptionsFromEnv({ DEV_IDP_PORT: 'abc' })).toThrow(/DEV_IDP_PORT/);
  });
});

describe('dev-idp production guard', () => {
  it('refuses to start in production', async () => {
    const attempt = startDevIdp({ port: 0, nodeEnv: 'production', clients: [] });
    await expect(attempt).rejects.toThrow(DevIdpProductionError);
  });

  it('makes the CLI exit with one clear line', () => {
    const packageRoot = fileURLToPath(new URL('..', import.meta.url));
    const result = spawnSync(`${packageRoot}node_modules/.bin/tsx`, [`${packageRoot}src/cli.ts`], {
      env: { ...process.env, NODE_ENV: 'production', DEV_IDP_PORT: '0' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(PRODUCTION_REFUSAL);
    expect(result.stdout).toBe('');
  });
});
