import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';

const READY_TIMEOUT_MS = 2000;

/** Liveness (the process answers) and readiness (the database answers too). */
export default async function healthRoutes(app: FastifyInstance) {
  route(app, endpoints.health, async () => ({ status: 'ok' as const }));

  route(app, endpoints.ready, async () => {
    const up = await withTimeout(app.db.prisma.$queryRaw`SELECT 1`, READY_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    if (!up) throw errors.serviceUnavailable();
    return { status: 'ready' as const, database: 'up' as const };
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
