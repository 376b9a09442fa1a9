import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/database.js';
import { post } from './two-factor.js';

/**
 * As if the user's sessions had last proven their factors this long ago (a stale session). Set
 * behind the app's back, so the app is told, as every change to a session tells it (its cache).
 */
export async function ageProof(
  { app, db }: { app: FastifyInstance; db: Database },
  userId: string,
  secondsAgo = 10 * 60,
) {
  await db.prisma.session.updateMany({
    where: { userId },
    data: { factorsProvenAt: new Date(Date.now() - secondsAgo * 1000) },
  });
  await app.sessions.invalidate({ user: userId });
}

/** POST /api/account/reauthenticate with the session's cookie. */
export function reauthenticate(
  app: FastifyInstance,
  session: string,
  answer: { password: string; code?: string },
): Promise<LightMyRequestResponse> {
  return post(app, '/api/account/reauthenticate', session, answer);
}
