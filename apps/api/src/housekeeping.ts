import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/database.js';

const INTERVAL_MS = 10 * 60 * 1000;

/** Deletes what can no longer matter: ended sessions, stale rate-limit windows and lockouts. */
export async function sweepExpired(db: Database): Promise<void> {
  const { prisma } = db;
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  await prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }] },
  });
  await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: dayAgo } } });
  await prisma.loginChallenge.deleteMany({ where: { expiresAt: { lt: dayAgo } } });
  await prisma.rateLimitWindow.deleteMany({ where: { windowStart: { lt: dayAgo } } });
  await prisma.loginLockout.deleteMany({
    where: {
      lastFailedAt: { lt: dayAgo },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }],
    },
  });
}

export function startHousekeeping(db: Database, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    sweepExpired(db).catch((err: unknown) => log.warn({ err }, 'housekeeping failed'));
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
