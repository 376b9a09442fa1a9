import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { errors } from '../../lib/app-error.js';

/**
 * @fastify/rate-limit with a store in the database: a fixed window per key, counted by one atomic
 * upsert, so the limit holds across every API instance. Routes opt in with `config.rateLimit`.
 */
function databaseStore(prisma: PrismaClient) {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    constructor(options: { prefix?: string } = {}) {
      this.prefix = options.prefix ?? '';
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const id = `${this.prefix}${key}`;
      prisma.$queryRaw<{ hits: number; ttl: number }[]>`
        INSERT INTO rate_limit_windows AS w (key, window_start, hits) VALUES (${id}, now(), 1)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN w.window_start <= now() - make_interval(secs => ${timeWindow / 1000})
                      THEN 1 ELSE w.hits + 1 END,
          window_start = CASE WHEN w.window_start <= now() - make_interval(secs => ${timeWindow / 1000})
                              THEN now() ELSE w.window_start END
        RETURNING hits,
          GREATEST(CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${timeWindow / 1000}) - now())) * 1000), 0)::int AS ttl`
        .then((rows) => {
          const row = rows[0];
          callback(null, { current: row?.hits ?? 1, ttl: row?.ttl ?? timeWindow });
        })
        .catch((error: Error) => callback(error));
    }

    /** Routes that name a `groupId` share one counter; the key already ends with it. */
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]) {
      // The plugin passes the merged route limits, not only the route (see its mergeParams).
      const params = routeOptions as {
        groupId?: string;
        routeInfo?: { method?: unknown; url?: string };
      };
      const route = params.groupId
        ? 'group'
        : `${String(params.routeInfo?.method)} ${params.routeInfo?.url}`;
      return new DatabaseRateLimitStore({ prefix: `${route}:` });
    }
  };
}

async function rateLimiting(app: FastifyInstance) {
  await app.register(rateLimit, {
    global: false,
    store: databaseStore(app.db.prisma),
    keyGenerator: (request) => request.ip,
    // A store outage must not open the gates, nor take sign-in down with a 500.
    skipOnError: false,
    errorResponseBuilder: (_request, context) =>
      errors.tooManyAttempts(Math.max(Math.ceil(context.ttl / 1000), 1)),
  });
}

export default fp(rateLimiting, { name: 'rate-limiting', dependencies: ['database'] });
