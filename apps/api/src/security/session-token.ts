import type { JWT } from '@fastify/jwt';

/**
 * Signed tokens that name a server-side session row. The algorithm is pinned (a token claiming
 * `none` or another algorithm is refused), and audience, issuer, type and expiry are checked, so a
 * token minted for one purpose (a pending two-factor step) never works for another.
 */
export const TOKEN_ALGORITHM = 'HS256';
export const TOKEN_ISSUER = 'tenant-login-portal';
export const TOKEN_AUDIENCE = 'tenant-login-portal/api';

export type TokenType = 'session' | 'pending';

export interface TokenClaims {
  sid: string;
  typ: TokenType;
}

export interface SessionTokens {
  sign(claims: TokenClaims, expiresAt: Date): string;
  /** The session id, or null for anything not valid for exactly this type. */
  verify(token: string, type: TokenType): string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tokens already verified, at most this many (a few hundred bytes each). */
const VERIFIED_CACHE_MAX_ENTRIES = 10_000;

interface Verified {
  sid: string;
  typ: TokenType;
  /** The `exp` claim in milliseconds: the token stops verifying after it, cached or not. */
  expiresAtMs: number;
}

/**
 * Verifying a token again gives the same answer until it expires, so a token that verified is
 * remembered (by its exact text: a changed byte is a different key, verified from scratch) and
 * its type and expiry are checked on every use. @fastify/jwt builds a new verifier for every call
 * with options, which costs more than the rest of a cached session check.
 */
function verifiedCache() {
  const entries = new Map<string, Verified>();
  return {
    get: (token: string) => entries.get(token),
    set(token: string, verified: Verified) {
      if (entries.size >= VERIFIED_CACHE_MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(token, verified);
    },
    delete: (token: string) => entries.delete(token),
  };
}

export function createSessionTokens(jwt: JWT): SessionTokens {
  const verified = verifiedCache();
  /** The claims of a token whose signature, audience, issuer and expiry hold, or null. */
  function verifySignedClaims(token: string): Verified | null {
    try {
      const claims = jwt.verify<Partial<TokenClaims> & { exp?: unknown }>(token, {
        algorithms: [TOKEN_ALGORITHM],
        allowedAud: TOKEN_AUDIENCE,
        allowedIss: TOKEN_ISSUER,
        // Required, or fast-jwt would check audience and issuer only when present.
        requiredClaims: ['exp', 'aud', 'iss', 'sid', 'typ'],
      });
      const { sid, typ, exp } = claims;
      if (typeof sid !== 'string' || !UUID.test(sid) || typeof exp !== 'number') return null;
      if (typ !== 'session' && typ !== 'pending') return null;
      return { sid, typ, expiresAtMs: exp * 1000 };
    } catch {
      return null;
    }
  }
  return {
    sign(claims, expiresAt) {
      const expiresIn = Math.max(Math.floor((expiresAt.getTime() - Date.now()) / 1000), 1);
      return jwt.sign(claims, {
        algorithm: TOKEN_ALGORITHM,
        aud: TOKEN_AUDIENCE,
        iss: TOKEN_ISSUER,
        expiresIn,
      });
    },
    verify(token, type) {
      let claims = verified.get(token);
      if (!claims) {
        claims = verifySignedClaims(token) ?? undefined;
        if (!claims) return null;
        verified.set(token, claims);
      }
      // fast-jwt's own rule: valid up to and including the second of `exp`.
      if (Date.now() > claims.expiresAtMs) {
        verified.delete(token);
        return null;
      }
      return claims.typ === type ? claims.sid : null;
    },
  };
}
