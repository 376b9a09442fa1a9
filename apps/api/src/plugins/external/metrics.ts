import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createPortalMetrics, type PortalMetrics } from '../../metrics/registry.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Named counters for the services; exposed at GET /metrics when configured. */
    metrics: PortalMetrics;
  }
}

export const METRICS_PATH = '/metrics';

/**
 * Owns the Prometheus registry. Counting always happens; exposing it needs METRICS_TOKEN (a
 * bearer token on the main port) or METRICS_PORT (a listener of its own, for a private network).
 * Without them, or with a wrong token, /metrics is the same 404 as any unknown path.
 */
async function metrics(app: FastifyInstance, options: { config: Config }) {
  const { metricsToken, metricsPort } = options.config;
  const portalMetrics = createPortalMetrics(app.db);
  app.decorate('metrics', portalMetrics);

  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids and unknown paths would make endless series.
    const route = request.routeOptions.url ?? 'unmatched';
    portalMetrics.httpRequestDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    if (metricsToken && !bearerMatches(request.headers.authorization, metricsToken)) {
      return reply.callNotFound();
    }
    const body = await portalMetrics.registry.metrics();
    return reply
      .header('cache-control', 'no-store')
      .type(portalMetrics.registry.contentType)
      .send(body);
  };

  if (metricsPort !== undefined) {
    const server = Fastify({ logger: false });
    server.get(METRICS_PATH, serve);
    app.addHook('onReady', async () => {
      await server.listen({ port: metricsPort, host: options.config.host });
    });
    app.addHook('onClose', async () => {
      await server.close();
    });
  } else if (metricsToken) {
    app.get(METRICS_PATH, { logLevel: 'warn' }, serve);
  }
}

/** Constant time: both sides are hashed to the same length first, so nothing leaks its length. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export default fp(metrics, { name: 'metrics', dependencies: ['database'] });
