import { endpoints, SPA_PATHS } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import * as oidc from 'openid-client';
import type { Config, ResellerPortalConfig } from '../../config.js';
import { errors } from '../../lib/app-error.js';
import { portalLink } from '../../mail/templates.js';
import { classifyOidcError } from '../../security/oidc-failure.js';
import {
  createOidcStateTokens,
  type OidcLoginChecks,
  oidcStateCookie,
} from '../../security/oidc-state.js';

/**
 * Sign-in through the reseller portal, an OpenID Connect provider: Authorization Code flow with
 * PKCE (S256), `state` and `nonce`, validated by openid-client (issuer, audience, signature,
 * expiry, nonce, state). The provider's metadata is discovered at the first sign-in, not at
 * start, so the portal being down never stops the API; a failed discovery is tried again next
 * time, and every request to the portal has a short timeout.
 */
export const RSP_SCOPE = 'openid profile email';

/** Who the portal says signed in, and how (the claims that tell about MFA). */
export interface PortalIdentity {
  subject: string;
  amr?: unknown;
  acr?: unknown;
  /** Set when this was a step-up of a signed-in session, not a sign-in. */
  stepUp?: { sessionId: string; returnTo: string };
}

export interface BeginOptions {
  /** Ask the portal to authenticate again (Try again after a refusal). */
  reauthenticate?: boolean;
  /**
   * A step-up of a signed-in session: the portal must authenticate anew, at most this long ago
   * (`prompt=login`, `max_age`), and the callback returns to `returnTo`.
   */
  stepUp?: { sessionId: string; returnTo: string; maxAgeSeconds: number };
}

export type PortalFailureReason = 'cancelled' | 'unavailable' | 'invalid_response';

/** A sign-in that failed before we know who it is; `detail` is a code, safe to audit. */
export class PortalSignInError extends Error {
  constructor(
    readonly reason: PortalFailureReason,
    readonly detail: string,
  ) {
    super(`reseller-portal sign-in failed: ${reason} (${detail})`);
    this.name = 'PortalSignInError';
  }
}

export interface ResellerPortal {
  readonly enabled: boolean;
  /** The issuer linked accounts are stored with (as configured); null when the feature is off. */
  readonly issuer: string | null;
  /** `acr` values that count as multi-factor authentication. */
  readonly mfaAcrValues: readonly string[];
  /** The portal's authorization URL for a new sign-in; sets the state cookie. */
  begin(reply: FastifyReply, options?: BeginOptions): Promise<URL>;
  /** Validates the portal's answer at the callback; the state cookie is used up either way. */
  complete(request: FastifyRequest, reply: FastifyReply): Promise<PortalIdentity>;
  /** Ends the sign-in attempt without looking at it (a callback that is malformed). */
  discardState(reply: FastifyReply): void;
  /** Where to end the portal session too (RP-initiated logout), or null if it offers none. */
  endSessionUrl(): Promise<URL | null>;
}

declare module 'fastify' {
  interface FastifyInstance {
    resellerPortal: ResellerPortal;
  }
}

async function resellerPortal(app: FastifyInstance, options: { config: Config }) {
  const settings = options.config.resellerPortal;
  app.decorate<ResellerPortal>(
    'resellerPortal',
    settings ? enabledPortal(app, options.config, settings) : disabledPortal(),
  );
}

function disabledPortal(): ResellerPortal {
  const off = async (): Promise<never> => {
    throw errors.notFound();
  };
  return {
    enabled: false,
    issuer: null,
    mfaAcrValues: [],
    begin: off,
    complete: off,
    discardState: () => {},
    endSessionUrl: off,
  };
}

function enabledPortal(
  app: FastifyInstance,
  config: Config,
  settings: ResellerPortalConfig,
): ResellerPortal {
  // From PUBLIC_URL, never from the request's Host header, which the sender chooses.
  const redirectUri = portalLink(config.publicUrl, endpoints.rspCallback.path);
  const postLogoutRedirectUri = portalLink(config.publicUrl, SPA_PATHS.login);
  const cookie = oidcStateCookie(config.publicUrl);
  const stateTokens = createOidcStateTokens(app.jwt);
  const configuration = cachedDiscovery(app, settings);
  const { stepUpMaxAgeSeconds } = config.session;

  return {
    enabled: true,
    issuer: settings.issuer,
    mfaAcrValues: settings.mfaAcrValues,

    async begin(reply, { reauthenticate = false, stepUp } = {}) {
      const provider = await configuration();
      const checks: OidcLoginChecks = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        ...(stepUp ? { stepUp: { sessionId: stepUp.sessionId, returnTo: stepUp.returnTo } } : {}),
      };
      const url = await authorizationUrl(provider, redirectUri, checks, {
        reauthenticate: reauthenticate || stepUp !== undefined,
        ...(stepUp ? { maxAgeSeconds: stepUp.maxAgeSeconds } : {}),
      });
      reply.setCookie(cookie.name, stateTokens.sign(checks), cookie.options);
      return url;
    },

    async complete(request, reply) {
      const token = request.cookies[cookie.name];
      // Single use: whatever happens next, this sign-in attempt is over.
      reply.clearCookie(cookie.name, cookie.options);
      const query = new URL(request.url, redirectUri).searchParams;
      const portalError = query.get('error');
      if (portalError !== null) throw new PortalSignInError('cancelled', errorCode(portalError));
      const checks = token ? stateTokens.verify(token) : null;
      if (!checks) throw new PortalSignInError('invalid_response', 'state_cookie_invalid');
      const provider = await configuration();
      // The URL the portal sent the browser to: PUBLIC_URL's callback with the request's query.
      const currentUrl = new URL(redirectUri);
      currentUrl.search = query.toString();
      try {
        const tokens = await oidc.authorizationCodeGrant(provider, currentUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
          // A step-up must be a fresh authentication: openid-client checks `auth_time`.
          ...(checks.stepUp ? { maxAge: stepUpMaxAgeSeconds } : {}),
        });
        const claims = tokens.claims();
        if (!claims) throw new PortalSignInError('invalid_response', 'id_token_missing');
        return {
          subject: claims.sub,
          amr: claims.amr,
          acr: claims.acr,
          ...(checks.stepUp ? { stepUp: checks.stepUp } : {}),
        };
      } catch (error) {
        if (error instanceof PortalSignInError) throw error;
        const failure = classifyOidcError(error);
        throw new PortalSignInError(failure.reason, failure.detail);
      }
    },

    discardState(reply) {
      reply.clearCookie(cookie.name, cookie.options);
    },

    async endSessionUrl() {
      const provider = await configuration().catch(() => null);
      if (!provider?.serverMetadata().end_session_endpoint) return null;
      try {
        return oidc.buildEndSessionUrl(provider, {
          client_id: settings.clientId,
          post_logout_redirect_uri: postLogoutRedirectUri.href,
        });
      } catch {
        return null; // An endpoint we may not use (plain http from an https issuer).
      }
    },
  };
}

async function authorizationUrl(
  provider: oidc.Configuration,
  redirectUri: URL,
  checks: OidcLoginChecks,
  ask: { reauthenticate: boolean; maxAgeSeconds?: number },
): Promise<URL> {
  try {
    return oidc.buildAuthorizationUrl(provider, {
      // After a refusal the portal's own session would send the same account straight back.
      ...(ask.reauthenticate ? { prompt: 'login' } : {}),
      ...(ask.maxAgeSeconds !== undefined ? { max_age: String(ask.maxAgeSeconds) } : {}),
      redirect_uri: redirectUri.href,
      scope: RSP_SCOPE,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  } catch (error) {
    // Metadata we cannot use (an authorization endpoint over plain http): the portal is unusable.
    throw new PortalSignInError('unavailable', classifyOidcError(error).detail);
  }
}

/** The provider's metadata, discovered once; a failure is not cached, so the next try retries. */
function cachedDiscovery(app: FastifyInstance, settings: ResellerPortalConfig) {
  let discovered: Promise<oidc.Configuration> | null = null;
  return function configuration(): Promise<oidc.Configuration> {
    discovered ??= discover(settings).catch((error: unknown) => {
      discovered = null;
      const { detail } = classifyOidcError(error);
      app.log.warn({ detail }, 'reseller portal: discovery failed');
      throw new PortalSignInError('unavailable', detail);
    });
    return discovered;
  };
}

function discover(settings: ResellerPortalConfig): Promise<oidc.Configuration> {
  return oidc.discovery(
    new URL(settings.issuer),
    settings.clientId,
    { client_secret: settings.clientSecret },
    // The secret in the token request's body (openid-client's default; the dev IdP's too).
    oidc.ClientSecretPost(settings.clientSecret),
    {
      timeout: settings.timeoutSeconds,
      execute: [
        // openid-client trusts TLS for an ID token from the token endpoint and skips its
        // signature by default; we verify it against the portal's JWKS all the same.
        oidc.enableNonRepudiationChecks,
        // Only ever for an http issuer on a loopback host outside production (see config.ts).
        ...(settings.allowInsecureRequests ? [oidc.allowInsecureRequests] : []),
      ],
    },
  );
}

/** The portal's error parameter as an audit detail: OAuth error codes are short ASCII words. */
function errorCode(value: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : 'unknown';
}

export default fp(resellerPortal, {
  name: 'reseller-portal',
  dependencies: ['cookies-and-tokens'],
});
