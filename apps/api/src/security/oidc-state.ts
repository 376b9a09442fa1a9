import type { JWT } from '@fastify/jwt';
import type { CookieSpec } from './session-cookie.js';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from './session-token.js';

/**
 * What a reseller-portal sign-in must present again at its callback: the `state` and `nonce` it
 * sent and the PKCE code verifier. They travel in a cookie signed like the session cookie but with
 * a type of its own (`rsp_state`), so no other cookie or token is accepted in its place, and it
 * lives only as long as one sign-in at the portal may take.
 */
export interface OidcLoginChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
  /**
   * A step-up of this signed-in session rather than a sign-in: the portal is asked to
   * authenticate again, and the answer only renews the session's proof of its factors.
   */
  stepUp?: { sessionId: string; returnTo: string };
}

export const OIDC_STATE_SECONDS = 10 * 60;
/** Sent only to the reseller-portal routes, never to the rest of the API. */
export const OIDC_STATE_COOKIE_PATH = '/api/auth/rsp';
const STATE_TOKEN_TYPE = 'rsp_state';

// openid-client's random values are 32 bytes in base64url (43 characters); PKCE allows up to 128.
const RANDOM_VALUE = /^[A-Za-z0-9_-]{43,128}$/;

/**
 * HttpOnly, SameSite=Lax (the portal's redirect back is a top-level GET, which Lax lets through),
 * and over https Secure with the `__Secure-` prefix (`__Host-` requires the path `/`).
 */
export function oidcStateCookie(publicUrl: URL): CookieSpec {
  const secure = publicUrl.protocol === 'https:';
  return {
    name: secure ? '__Secure-portal_rsp_state' : 'portal_rsp_state',
    options: {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: OIDC_STATE_COOKIE_PATH,
      maxAge: OIDC_STATE_SECONDS,
    },
  };
}

export interface OidcStateTokens {
  sign(checks: OidcLoginChecks): string;
  /** The checks, or null for anything that is not a live state token signed by us. */
  verify(token: string): OidcLoginChecks | null;
}

interface StateClaims {
  typ: string;
  st: string;
  nn: string;
  cv: string;
  /** Step-up: the session id and the SPA path to return to. */
  su?: string;
  rt?: string;
}

const SESSION_ID = /^[0-9a-f-]{36}$/;
/** A path of this portal, never another origin (`//host`, `/\host`). */
export const LOCAL_PATH = /^\/(?![/\\])[^\s]{0,511}$/;

export function createOidcStateTokens(jwt: JWT): OidcStateTokens {
  return {
    sign({ state, nonce, codeVerifier, stepUp }) {
      const claims: StateClaims = {
        typ: STATE_TOKEN_TYPE,
        st: state,
        nn: nonce,
        cv: codeVerifier,
        ...(stepUp ? { su: stepUp.sessionId, rt: stepUp.returnTo } : {}),
      };
      return jwt.sign(claims, {
        algorithm: TOKEN_ALGORITHM,
        aud: TOKEN_AUDIENCE,
        iss: TOKEN_ISSUER,
        expiresIn: OIDC_STATE_SECONDS,
      });
    },
    verify(token) {
      try {
        const claims = jwt.verify<Partial<StateClaims>>(token, {
          algorithms: [TOKEN_ALGORITHM],
          allowedAud: TOKEN_AUDIENCE,
          allowedIss: TOKEN_ISSUER,
          requiredClaims: ['exp', 'aud', 'iss', 'typ', 'st', 'nn', 'cv'],
        });
        const { typ, st, nn, cv, su, rt } = claims;
        if (typ !== STATE_TOKEN_TYPE || ![st, nn, cv].every(isRandomValue)) return null;
        const checks = { state: st as string, nonce: nn as string, codeVerifier: cv as string };
        if (su === undefined) return checks;
        if (!SESSION_ID.test(su) || typeof rt !== 'string' || !LOCAL_PATH.test(rt)) return null;
        return { ...checks, stepUp: { sessionId: su, returnTo: rt } };
      } catch {
        return null;
      }
    },
  };
}

function isRandomValue(value: unknown): value is string {
  return typeof value === 'string' && RANDOM_VALUE.test(value);
}
