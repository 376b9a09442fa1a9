import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, ErrorResponse, HealthResponse, ReadyResponse } from '@portal/shared';
import { errors } from '../../../lib/app-error.js';

const READY_TIMEOUT_MS = 2000;

/** Liveness (the process answers) and readiness (the database answers too). */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    API_PATHS.health,
    { schema: { tags: ['health'], response: { 200: HealthResponse } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    API_PATHS.ready,
    { schema: { tags: ['health'], response: { 200: ReadyResponse, 503: ErrorResponse } } },
    async () => {
      const up = await withTimeout(app.db.prisma.$queryRaw`SELECT 1`, READY_TIMEOUT_MS).then(
        () => true,
        () => false,
      );
      if (!up) throw errors.serviceUnavailable();
      return { status: 'ready' as const, database: 'up' as const };
    },
  );
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export default healthRoutes;
