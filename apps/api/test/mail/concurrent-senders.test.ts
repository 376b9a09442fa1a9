import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { DELIVERY_POLICY } from '../../src/mail/delivery-policy.js';
import { claimDueMails } from '../../src/mail/outbox-store.js';
import type { DeliveryCounts } from '../../src/mail/sender.js';
import { outboxRow, resetMessage } from '../helpers/mail.js';
import { receivedBy, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createApp, useTestDatabase } from '../helpers/test-app.js';

describe('several API instances sending the outbox', () => {
  const ctx = useTestDatabase();
  let smtp: TestSmtpServer;
  let secondDb: Database;
  let instanceA: FastifyInstance;
  let instanceB: FastifyInstance;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const env = { SMTP_URL: smtp.url };
    // On PostgreSQL the second instance has its own connection pool, as a real second server would.
    const { url } = ctx.database;
    secondDb = url ? await openDatabase({ databaseUrl: url }) : ctx.db;
    instanceA = await createApp(ctx.db, { env });
    instanceB = await createApp(secondDb, { env });
  });
  afterAll(async () => {
    await instanceA?.close();
    await instanceB?.close();
    if (secondDb && secondDb !== ctx.db) await secondDb.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await ctx.db.prisma.outboxMail.deleteMany();
  });

  it('send each mail exactly once when they deliver at the same time', async () => {
    const messages = Array.from({ length: 3 * DELIVERY_POLICY.batchSize + 5 }, () =>
      resetMessage(),
    );
    for (const message of messages) await instanceA.mail.enqueue(message);

    const total: DeliveryCounts = { sent: 0, retried: 0, failed: 0 };
    for (let round = 0; round < 10; round++) {
      const passes = await Promise.all(
        [instanceA, instanceB, instanceA, instanceB].map((app) => app.mail.deliverDueMails()),
      );
      for (const counts of passes) {
        total.sent += counts.sent;
        total.retried += counts.retried;
        total.failed += counts.failed;
      }
      if (passes.every((counts) => counts.sent === 0)) break;
    }

    expect(total).toEqual({ sent: messages.length, retried: 0, failed: 0 });
    for (const message of messages) expect(receivedBy(smtp, message.to)).toHaveLength(1);
    expect(await ctx.db.prisma.outboxMail.count({ where: { status: 'sent', attempts: 1 } })).toBe(
      messages.length,
    );
  });

  it('leave a mail claimed by another sender alone until its lease runs out', async () => {
    const message = resetMessage();
    const { id } = await instanceA.mail.enqueue(message);
    // A sender claims the mail and dies before it sends it.
    const [claimed] = await claimDueMails(ctx.db.prisma, 10, DELIVERY_POLICY.leaseSeconds);
    expect(claimed?.id).toBe(id);

    expect((await instanceB.mail.deliverDueMails()).sent).toBe(0);
    expect(receivedBy(smtp, message.to)).toEqual([]);

    await ctx.db.prisma.outboxMail.update({
      where: { id },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await instanceB.mail.deliverDueMails()).sent).toBe(1);
    expect(receivedBy(smtp, message.to)).toHaveLength(1);
    expect(await outboxRow(ctx.db, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
