import { createHmac, randomUUID } from 'node:crypto';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/security/session-token.js';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HASHES: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** A JWT built by hand, so that a test can forge any header, claim or signature. */
export function craftToken(
  claims: Record<string, unknown>,
  { alg = 'HS256', secret }: { alg?: string; secret: string },
): string {
  const head = `${b64url({ alg, typ: 'JWT' })}.${b64url(claims)}`;
  if (alg === 'none') return `${head}.`;
  const hash = HASHES[alg];
  if (!hash) throw new Error(`cannot craft ${alg}`);
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}

/** The claims the API itself puts in a session token, with overrides. */
export function sessionClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sid: randomUUID(),
    typ: 'session',
    aud: TOKEN_AUDIENCE,
    iss: TOKEN_ISSUER,
    iat: now,
    exp: now + 600,
    ...overrides,
  };
}

/** The decoded claims of a token (no verification). */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}
