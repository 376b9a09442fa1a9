import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

type HelmetOptions = Omit<FastifyHelmetOptions, 'global' | 'enableCSPNonces'>;
type Middleware = (request: unknown, response: unknown, next: (error?: unknown) => void) => void;

/** helmet itself, exactly the one @fastify/helmet would call. */
const helmet = createRequire(import.meta.resolve('@fastify/helmet'))('helmet') as (
  options: HelmetOptions,
) => Middleware;

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

/**
 * The headers helmet sets with these options, worked out once: they are the same for every
 * answer (@fastify/helmet would build helmet's middleware again on every request).
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({}, response, (error) => {
    if (error) throw error;
  });
  return headers;
}

/** Strict headers for a login page: no framing, scripts only from our origin, HSTS over https. */
async function securityHeaders(app: FastifyInstance, options: { publicUrl: URL }) {
  const https = options.publicUrl.protocol === 'https:';
  const headers = helmetHeaders({
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives({ https }) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
