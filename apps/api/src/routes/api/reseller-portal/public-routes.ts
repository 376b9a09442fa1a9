import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  AuthOptionsResponse,
  ErrorResponse,
  RspCallbackQuery,
  RspLoginQuery,
  type RspRefusalReason,
} from '@portal/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../../config.js';
import { errors } from '../../../lib/app-error.js';
import { portalLink } from '../../../mail/templates.js';
import { PortalSignInError } from '../../../plugins/app/reseller-portal.js';
import { type PortalRefusal, signInLinkedAccount } from '../auth/portal-sign-in.js';

/** The SPA page that explains a refused reseller-portal sign-in, by `reason`. */
export const RSP_REFUSAL_PAGE = '/login/reseller-portal';

const Redirect = (description: string) => Type.Null({ description });

/**
 * Public: what the login page offers, and the browser's round trip through the reseller portal.
 * Without RSP_ISSUER_URL (and client) configured, everything but the options answers 404.
 */
const resellerPortalPublicRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (
  app,
  { config },
) => {
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: 60_000, groupId: 'auth' };
  const portal = () => {
    if (!app.resellerPortal.enabled) throw errors.notFound();
    return app.resellerPortal;
  };
  const goTo = (reply: FastifyReply, url: URL | string) =>
    reply.header('cache-control', 'no-store').redirect(typeof url === 'string' ? url : url.href);

  async function refuse(request: FastifyRequest, reply: FastifyReply, refusal: PortalRefusal) {
    await app.audit.record(request, {
      type: 'rsp.login_refused',
      tenantId: refusal.tenantId,
      subjectUserId: refusal.subjectUserId,
      details: { reason: refusal.reason, ...refusal.details },
    });
    const page = portalLink(config.publicUrl, RSP_REFUSAL_PAGE);
    page.search = new URLSearchParams({ reason: refusal.reason }).toString();
    return goTo(reply, page);
  }

  /** A failure before the account is known: no tenant, no user. */
  const failure = (reason: RspRefusalReason, detail: string): PortalRefusal => ({
    reason,
    tenantId: null,
    subjectUserId: null,
    details: { detail },
  });

  app.get(
    API_PATHS.authOptions,
    {
      schema: {
        tags: ['auth'],
        summary: 'What the login page offers besides the password form',
        response: { 200: AuthOptionsResponse },
      },
    },
    async () => ({ resellerPortal: { enabled: app.resellerPortal.enabled } }),
  );

  app.get(
    API_PATHS.rspLogin,
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary:
          'Login with reseller portal: redirects to the portal (OpenID Connect, PKCE, state, nonce)',
        querystring: RspLoginQuery,
        response: {
          302: Redirect('To the portal, or to the refusal page when the portal is unavailable'),
          404: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const rsp = portal();
      try {
        const reauthenticate = request.query.prompt === 'login';
        return goTo(reply, await rsp.begin(reply, { reauthenticate }));
      } catch (error) {
        if (!(error instanceof PortalSignInError)) throw error;
        return refuse(request, reply, failure(error.reason, error.detail));
      }
    },
  );

  app.get(
    API_PATHS.rspCallback,
    {
      config: { rateLimit },
      // A malformed callback is refused like any invalid answer: with the refusal page, not JSON.
      attachValidation: true,
      schema: {
        tags: ['auth'],
        summary:
          'Where the portal sends the browser back: signs in the linked account, or redirects to the refusal page',
        querystring: RspCallbackQuery,
        response: {
          302: Redirect('Signed in: to the portal start page; refused: to the refusal page'),
          404: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const rsp = portal();
      if (request.validationError) {
        rsp.discardState(reply);
        return refuse(request, reply, failure('invalid_response', 'callback_query_invalid'));
      }
      let identity: Awaited<ReturnType<typeof rsp.complete>>;
      try {
        identity = await rsp.complete(request, reply);
      } catch (error) {
        if (!(error instanceof PortalSignInError)) throw error;
        return refuse(request, reply, failure(error.reason, error.detail));
      }
      const refusal = await signInLinkedAccount(app, request, reply, identity);
      if (refusal) return refuse(request, reply, refusal);
      // The SPA takes it from here (a reseller user goes on to "Select customer").
      return goTo(reply, portalLink(config.publicUrl, '/'));
    },
  );

  app.get(
    API_PATHS.rspLogout,
    {
      config: { rateLimit },
      schema: {
        tags: ['auth'],
        summary:
          "Ends the portal's session too (RP-initiated logout) when it offers that; our own session ends with POST /api/auth/logout",
        response: {
          302: Redirect("To the portal's end-session endpoint, or to the login page"),
          404: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (_request, reply) => {
      const endSession = await portal().endSessionUrl();
      return goTo(reply, endSession ?? portalLink(config.publicUrl, '/login'));
    },
  );
};

export default resellerPortalPublicRoutes;
