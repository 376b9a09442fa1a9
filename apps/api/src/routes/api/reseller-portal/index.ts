import { endpoints, SPA_PATHS } from '@portal/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../../config.js';
import { portalLink } from '../../../mail/templates.js';
import type { PortalOutcome } from '../../../plugins/app/sign-in/index.js';
import { route } from '../../endpoint-route.js';

/**
 * What the login page offers, and the browser's round trip through the reseller portal. Without
 * RSP_ISSUER_URL (and client) configured, everything but the options answers 404.
 */
export default async function resellerPortalRoutes(
  app: FastifyInstance,
  { config }: { config: Config },
) {
  const goTo = (reply: FastifyReply, url: URL) =>
    reply.header('cache-control', 'no-store').redirect(url.href);

  /** Signed in: the SPA takes it from there (a reseller user goes on to "Select customer"). */
  function landing(outcome: PortalOutcome): URL {
    if (outcome.status === 'signed_in') return portalLink(config.publicUrl, SPA_PATHS.home);
    if (outcome.status === 'reauthenticated') {
      const back = portalLink(config.publicUrl, SPA_PATHS.home);
      const target = new URL(outcome.returnTo, back);
      // Only ever a page of this portal: the path was checked, the origin is PUBLIC_URL's.
      return target.origin === back.origin ? target : back;
    }
    const page = portalLink(config.publicUrl, SPA_PATHS.resellerPortalRefusal);
    page.search = new URLSearchParams({ reason: outcome.reason }).toString();
    return page;
  }

  route(app, endpoints.authOptions, async () => ({
    resellerPortal: { enabled: app.resellerPortal.enabled },
  }));

  route(app, endpoints.rspLogin, async (request, reply) => {
    const { prompt, purpose, returnTo = SPA_PATHS.home } = request.query;
    const next = await app.signIn.beginResellerPortal(request, reply, {
      reauthenticate: prompt === 'login',
      ...(purpose === 'reauthenticate' ? { stepUp: { returnTo } } : {}),
    });
    return goTo(reply, next instanceof URL ? next : landing(next));
  });

  // A malformed callback is refused like any invalid answer: with the refusal page, not JSON.
  route(
    app,
    endpoints.rspCallback,
    async (request, reply) => {
      const malformed = Boolean(request.validationError);
      const outcome = await app.signIn.completeResellerPortal(request, reply, { malformed });
      return goTo(reply, landing(outcome));
    },
    { attachValidation: true },
  );

  // The portal's end-session endpoint when it offers one (404 while the portal is off).
  route(app, endpoints.rspLogout, async (_request, reply) => {
    const endSession = await app.resellerPortal.endSessionUrl();
    return goTo(reply, endSession ?? portalLink(config.publicUrl, SPA_PATHS.login));
  });
}
