import { ERROR_CODES } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a request comes from another site, or null. Browsers send `Origin` on every state-changing
 * request and `Sec-Fetch-Site` on most; API clients that send neither are not browsers, and
 * cannot carry a victim's cookies, so they pass.
 */
export function crossSiteReason(
  request: Pick<FastifyRequest, 'method' | 'headers'>,
  portalOrigin: string,
): string | null {
  if (!STATE_CHANGING.has(request.method)) return null;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== portalOrigin) return `Origin ${origin}`;
  if (request.headers['sec-fetch-site'] === 'cross-site') return 'Sec-Fetch-Site: cross-site';
  return null;
}

/**
 * State-changing requests from other sites are refused before any other hook or handler works.
 * SameSite=Lax cookies keep most of them out already; this also covers sibling subdomains
 * (same-site, so their requests carry the cookies) and browsers without SameSite.
 */
async function crossSiteRequests(app: FastifyInstance, options: { publicUrl: URL }) {
  const portalOrigin = options.publicUrl.origin;
  app.addHook('onRequest', (request, _reply, done) => {
    const reason = crossSiteReason(request, portalOrigin);
    if (reason === null) return done();
    request.log.warn({ reason }, 'cross-site request refused');
    done(
      new AppError(
        ERROR_CODES.CROSS_SITE_REQUEST,
        'A state-changing request must come from the portal itself.',
      ),
    );
  });
}

export default fp(crossSiteRequests, {
  name: 'cross-site-requests',
  dependencies: ['error-handling'],
});
