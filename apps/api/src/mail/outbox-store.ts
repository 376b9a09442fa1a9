import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { RenderedMail } from './layout.js';

export interface NewOutboxMail extends RenderedMail {
  to: string;
  tenantId: string | null;
}

export interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Including the attempt this claim starts. */
  attempts: number;
}

export async function insertMail(
  db: PrismaClient | Prisma.TransactionClient,
  mail: NewOutboxMail,
): Promise<string> {
  const row = await db.outboxMail.create({ data: mail, select: { id: true } });
  return row.id;
}

/**
 * Claims up to `limit` due mails for this sender, in one statement: rows another sender is
 * claiming right now are skipped (SKIP LOCKED), and a claimed row carries a lease, so neither a
 * concurrent nor a later pass of another instance takes it until the lease ends. The attempt is
 * counted here, so that a mail that kills its sender mid-send still runs out of attempts.
 */
export function claimDueMails(
  prisma: PrismaClient,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedMail[]> {
  return prisma.$queryRaw<ClaimedMail[]>`
    UPDATE outbox_mails
    SET locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM outbox_mails
      WHERE status = 'pending' AND next_attempt_at <= now()
        AND (locked_until IS NULL OR locked_until < now())
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text AS id, "to", subject, text, html, attempts`;
}

export async function markSent(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.outboxMail.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null },
  });
}

/** Frees the claim and schedules the next attempt on the database's clock, like the claim. */
export async function markRetry(
  prisma: PrismaClient,
  id: string,
  delaySeconds: number,
  lastError: string,
): Promise<void> {
  await prisma.$executeRaw`
    UPDATE outbox_mails
    SET next_attempt_at = now() + make_interval(secs => ${delaySeconds}), locked_until = NULL,
        last_error = ${lastError}
    WHERE id = ${id}::uuid AND status = 'pending'`;
}

export async function markFailed(prisma: PrismaClient, id: string, lastError: string) {
  await prisma.outboxMail.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'failed', lockedUntil: null, lastError },
  });
}
