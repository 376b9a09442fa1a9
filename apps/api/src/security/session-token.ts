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

export function createSessionTokens(jwt: JWT): SessionTokens {
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
      try {
        const claims = jwt.verify<Partial<TokenClaims>>(token, {
          algorithms: [TOKEN_ALGORITHM],
          allowedAud: TOKEN_AUDIENCE,
          allowedIss: TOKEN_ISSUER,
          // Required, or fast-jwt would check audience and issuer only when present.
          requiredClaims: ['exp', 'aud', 'iss', 'sid', 'typ'],
        });
        if (claims.typ !== type || typeof claims.sid !== 'string' || !UUID.test(claims.sid)) {
          return null;
        }
        return claims.sid;
      } catch {
        return null;
      }
    },
  };
}
