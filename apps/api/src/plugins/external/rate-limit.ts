import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hitWindow } from '../../db/rate-window.js';
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
      hitWindow(prisma, `${this.prefix}${key}`, timeWindow)
        .then(({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }))
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

/** The limits routes opt into, by group: one counter per client IP for the whole group. */
export interface RateLimits {
  auth: { max: number; timeWindow: number; groupId: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

async function rateLimiting(app: FastifyInstance, options: { authPerMinute: number }) {
  app.decorate<RateLimits>('rateLimits', {
    // Sign-in, its second steps and the reset link: guessing from one address is slowed down.
    auth: { max: options.authPerMinute, timeWindow: 60_000, groupId: 'auth' },
  });
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
