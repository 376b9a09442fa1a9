import { createHash } from 'node:crypto';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** The CSP directives of every answer: no inline scripts or styles, no framing at all. */
function cspDirectives(options: { https: boolean }) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    styleSrcAttr: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    // Agrees with X-Frame-Options: DENY (older browsers read only that one).
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: options.https ? [] : null,
  };
}

/**
 * Lets this answer's page use one inline `<style>` element with exactly this content (its hash
 * joins style-src); every other inline style stays refused.
 */
export function allowInlineStyle(reply: FastifyReply, css: string): void {
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp !== 'string') return;
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  reply.header('content-security-policy', csp.replace(/style-src ([^;]*)/, `style-src $1 ${hash}`));
}

/** Strict headers for a login page: no framing, scripts only from our origin, HSTS over https. */
async function securityHeaders(app: FastifyInstance, options: { publicUrl: URL }) {
  const https = options.publicUrl.protocol === 'https:';
  await app.register(helmet, {
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives({ https }) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
