import { beforeEach, describe, expect, it } from 'vitest';
import { sweepExpired } from '../../src/housekeeping.js';
import { makeUser } from '../helpers/factories.js';
import { usesPostgres, useTestDatabase } from '../helpers/test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const policy = { mailRetentionDays: 7, auditRetentionDays: 365 };

describe('housekeeping', () => {
  const ctx = useTestDatabase();
  // Rows are dated relative to an injected "now" far from the real clock, so nothing else ages.
  const now = new Date('2031-06-15T12:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

  async function mail(status: 'pending' | 'sent' | 'failed', createdDaysAgo: number) {
    const created = ago(createdDaysAgo);
    const row = await ctx.db.prisma.outboxMail.create({
      data: {
        to: 'someone@example.com',
        subject: `${status} ${createdDaysAgo}`,
        text: 't',
        html: 'h',
        status,
        createdAt: created,
        sentAt: status === 'sent' ? created : null,
      },
    });
    return row.id;
  }

  const sortedIds = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
  const select = { select: { id: true } } as const;

  beforeEach(async () => {
    await ctx.db.prisma.outboxMail.deleteMany();
    await ctx.db.prisma.auditEvent.deleteMany();
  });

  it('deletes mails, sessions, steps, reset links and audit events past their retention', async () => {
    const { user } = await makeUser(ctx.db);
    const keptMails = [await mail('sent', 6), await mail('failed', 29), await mail('pending', 60)];
    await mail('sent', 8);
    await mail('failed', 31);

    const session = (expiresDaysAgo: number, revokedDaysAgo?: number) =>
      ctx.db.prisma.session.create({
        data: {
          userId: user.id,
          actingTenantId: user.tenantId,
          expiresAt: ago(expiresDaysAgo),
          revokedAt: revokedDaysAgo === undefined ? null : ago(revokedDaysAgo),
        },
      });
    const liveSession = await session(-0.5);
    const recentlyEnded = await session(0.5);
    await session(2);
    await session(-0.5, 2);

    const challenge = (expiresDaysAgo: number) =>
      ctx.db.prisma.loginChallenge.create({
        data: { userId: user.id, kind: 'totp', expiresAt: ago(expiresDaysAgo) },
      });
    const keptChallenge = await challenge(0.5);
    await challenge(1.5);
    const passkeyChallenge = (expiresDaysAgo: number) =>
      ctx.db.prisma.webauthnChallenge.create({
        data: {
          challenge: `challenge-${expiresDaysAgo}`,
          purpose: 'passwordless',
          expiresAt: ago(expiresDaysAgo),
        },
      });
    const keptPasskeyChallenge = await passkeyChallenge(0.5);
    await passkeyChallenge(1.5);

    const resetToken = (expiresDaysAgo: number) =>
      ctx.db.prisma.passwordResetToken.create({
        data: {
          userId: user.id,
          tokenHash: `hash-${expiresDaysAgo}`,
          expiresAt: ago(expiresDaysAgo),
        },
      });
    const keptToken = await resetToken(0.5);
    await resetToken(3);

    const audit = (daysAgo: number) =>
      ctx.db.prisma.auditEvent.create({
        data: { type: `test.${daysAgo}`, createdAt: ago(daysAgo) },
      });
    for (const days of [400, 366, 364, 1]) await audit(days);

    const counts = await sweepExpired(ctx.db, { ...policy, now });

    expect(counts).toMatchObject({
      sessions: 2,
      loginChallenges: 1,
      webauthnChallenges: 1,
      passwordResetTokens: 1,
      sentMails: 1,
      failedMails: 1,
      auditEvents: 2,
    });
    const { prisma } = ctx.db;
    expect(sortedIds(await prisma.outboxMail.findMany(select))).toEqual(keptMails.sort());
    expect(sortedIds(await prisma.session.findMany(select))).toEqual(
      [liveSession.id, recentlyEnded.id].sort(),
    );
    expect(sortedIds(await prisma.loginChallenge.findMany(select))).toEqual([keptChallenge.id]);
    expect(sortedIds(await prisma.webauthnChallenge.findMany(select))).toEqual([
      keptPasskeyChallenge.id,
    ]);
    expect(sortedIds(await prisma.passwordResetToken.findMany(select))).toEqual([keptToken.id]);
    const events = await ctx.db.prisma.auditEvent.findMany({ select: { type: true } });
    expect(events.map((e) => e.type).sort()).toEqual(['test.1', 'test.364']);
  });

  it('follows MAIL_RETENTION_DAYS and AUDIT_RETENTION_DAYS', async () => {
    const young = await mail('sent', 2);
    await mail('sent', 4);
    await ctx.db.prisma.auditEvent.create({ data: { type: 'test.old', createdAt: ago(40) } });
    const counts = await sweepExpired(ctx.db, {
      mailRetentionDays: 3,
      auditRetentionDays: 30,
      now,
    });
    expect(counts).toMatchObject({ sentMails: 1, auditEvents: 1 });
    expect(await ctx.db.prisma.outboxMail.count({ where: { id: young } })).toBe(1);
  });

  it('deletes in bounded batches until nothing old is left', async () => {
    await ctx.db.prisma.auditEvent.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ type: 'test.batch', createdAt: ago(500 + i) })),
    });
    const counts = await sweepExpired(ctx.db, { ...policy, now, batchSize: 3 });
    expect(counts?.auditEvents).toBe(7);
    expect(await ctx.db.prisma.auditEvent.count({ where: { type: 'test.batch' } })).toBe(0);
  });

  it.runIf(usesPostgres())('skips the run while another instance sweeps', async () => {
    await mail('sent', 30);
    const other = await ctx.db.connect();
    try {
      await other.query('SELECT pg_advisory_lock(72707370)');
      expect(await sweepExpired(ctx.db, { ...policy, now })).toBeNull();
      expect(await ctx.db.prisma.outboxMail.count({ where: { status: 'sent' } })).toBeGreaterThan(
        0,
      );
      await other.query('SELECT pg_advisory_unlock(72707370)');
      expect((await sweepExpired(ctx.db, { ...policy, now }))?.sentMails).toBe(1);
    } finally {
      await other.release();
    }
  });
});
