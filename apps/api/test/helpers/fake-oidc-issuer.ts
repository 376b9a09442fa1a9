import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/**
 * A small OpenID provider for the API tests, where every claim of the ID token, the signing key,
 * the expiry and the reuse of a code are the test's to choose. It serves discovery, the JWKS and a
 * token endpoint (client_secret_post or basic, PKCE S256, codes usable once) over plain http on
 * 127.0.0.1; the person's sign-in at the portal is `authorize()`, without a browser.
 */
export interface IdTokenOptions {
  sub?: string;
  /** Claims set or replaced as given; `undefined` leaves a claim out. */
  claims?: Record<string, unknown>;
  /** Signs with a key the JWKS does not hold (under the same key id). */
  foreignKey?: boolean;
}

export interface FakeOidcIssuer {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Paths requested so far, in order (e.g. to count discoveries). */
  readonly requests: string[];
  /** `stall`: accepts connections and never answers, like a portal that hangs. */
  mode: 'normal' | 'stall';
  /**
   * The person signs in at the portal: checks the authorization request like a provider would
   * and returns the query the portal sends the browser back with (code and state).
   */
  authorize(authorizationUrl: string, idToken?: IdTokenOptions): URLSearchParams;
  close(): Promise<void>;
}

export interface FakeOidcIssuerOptions {
  clientId?: string;
  clientSecret?: string;
  /** Offer RP-initiated logout (an end_session_endpoint in discovery). */
  endSession?: boolean;
  /** A port to listen on (to come back on the same issuer URL after a close); 0 by default. */
  port?: number;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | null;
  idToken: IdTokenOptions;
  used: boolean;
}

const KID = 'fake-issuer-key';

export async function startFakeOidcIssuer(
  options: FakeOidcIssuerOptions = {},
): Promise<FakeOidcIssuer> {
  const clientId = options.clientId ?? 'tenant-portal';
  const clientSecret = options.clientSecret ?? `secret-${randomBytes(8).toString('hex')}`;
  const signing = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(signing.publicKey)), kid: KID, alg: 'RS256' };
  const codes = new Map<string, IssuedCode>();
  const requests: string[] = [];
  const stalled = new Set<ServerResponse>();
  let issuer = '';

  const state = { mode: 'normal' as 'normal' | 'stall' };

  const discovery = () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    ...(options.endSession ? { end_session_endpoint: `${issuer}/session/end` } : {}),
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    scopes_supported: ['openid', 'profile', 'email'],
  });

  async function idTokenFor(code: IssuedCode): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: issuer,
      sub: code.idToken.sub ?? 'portal-user',
      aud: code.clientId,
      iat: now,
      exp: now + 300,
      ...(code.nonce === null ? {} : { nonce: code.nonce }),
      amr: ['pwd', 'otp'],
      ...code.idToken.claims,
    };
    for (const [name, value] of Object.entries(claims))
      if (value === undefined) delete claims[name];
    const key = code.idToken.foreignKey ? foreign.privateKey : signing.privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID }).sign(key);
  }

  async function token(request: IncomingMessage, response: ServerResponse) {
    const form = new URLSearchParams(await body(request));
    const [id, secret] = clientCredentials(request, form);
    if (id !== clientId || secret !== clientSecret) {
      return json(response, 401, { error: 'invalid_client' });
    }
    const code = codes.get(form.get('code') ?? '');
    if (form.get('grant_type') !== 'authorization_code' || !code || code.used) {
      return json(response, 400, { error: 'invalid_grant' });
    }
    code.used = true;
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (form.get('redirect_uri') !== code.redirectUri || challenge !== code.codeChallenge) {
      return json(response, 400, { error: 'invalid_grant' });
    }
    return json(response, 200, {
      access_token: randomBytes(16).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: await idTokenFor(code),
    });
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (state.mode === 'stall') {
      stalled.add(response);
      return;
    }
    if (path === '/.well-known/openid-configuration') return json(response, 200, discovery());
    if (path === '/jwks') return json(response, 200, { keys: [publicJwk] });
    if (path === '/token' && request.method === 'POST') {
      token(request, response).catch(() => json(response, 500, { error: 'server_error' }));
      return;
    }
    json(response, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    clientId,
    clientSecret,
    requests,
    get mode() {
      return state.mode;
    },
    set mode(mode) {
      state.mode = mode;
    },
    authorize(authorizationUrl, idToken = {}) {
      const url = new URL(authorizationUrl);
      const query = url.searchParams;
      if (`${url.origin}${url.pathname}` !== `${issuer}/authorize`) {
        throw new Error(`not this issuer's authorization endpoint: ${url.href}`);
      }
      if (query.get('response_type') !== 'code' || query.get('client_id') !== clientId) {
        throw new Error(`bad authorization request: ${query}`);
      }
      if (query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')) {
        throw new Error('authorization request without PKCE S256');
      }
      const code = randomUUID();
      codes.set(code, {
        clientId,
        redirectUri: query.get('redirect_uri') ?? '',
        codeChallenge: query.get('code_challenge') ?? '',
        nonce: query.get('nonce'),
        idToken,
        used: false,
      });
      return new URLSearchParams({ code, state: query.get('state') ?? '' });
    },
    close() {
      for (const response of stalled) response.destroy();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function clientCredentials(request: IncomingMessage, form: URLSearchParams): [string, string] {
  const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (basic) {
    const [id = '', secret = ''] = Buffer.from(basic, 'base64').toString().split(':');
    return [decodeURIComponent(id), decodeURIComponent(secret)];
  }
  return [form.get('client_id') ?? '', form.get('client_secret') ?? ''];
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
}
