import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { retryDelaySeconds } from '../../src/mail/delivery-policy.js';
import { makeDue, outboxRow, resetMessage } from '../helpers/mail.js';
import { receivedBy, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createApp, useTestDatabase } from '../helpers/test-app.js';

const PUBLIC_URL = 'https://portal.example.test';
const MAIL_FROM = 'Acme Portal <portal@acme.example>';
const NOTHING = { sent: 0, retried: 0, failed: 0 };

describe('mail delivery over SMTP', () => {
  const ctx = useTestDatabase();
  let smtp: TestSmtpServer;
  let app: FastifyInstance;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await createApp(ctx.db, {
      env: { SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL },
    });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await smtp.start();
    await ctx.db.prisma.outboxMail.deleteMany();
  });

  it('never sends a mail enqueued in a transaction that rolled back', async () => {
    const message = resetMessage();
    await expect(
      ctx.db.prisma.$transaction(async (tx) => {
        await app.mail.enqueue(message, tx);
        throw new Error('what the mail announces failed');
      }),
    ).rejects.toThrow('what the mail announces failed');

    expect(await ctx.db.prisma.outboxMail.count({ where: { to: message.to } })).toBe(0);
    expect(await app.mail.deliverDueMails()).toEqual(NOTHING);
    expect(receivedBy(smtp, message.to)).toEqual([]);
  });

  it('sends a mail once, with text and HTML parts, From, To, Subject and the PUBLIC_URL link', async () => {
    const message = resetMessage();
    const { id } = await ctx.db.prisma.$transaction((tx) => app.mail.enqueue(message, tx));
    expect((await outboxRow(ctx.db, id)).status).toBe('pending');

    expect(await app.mail.deliverDueMails()).toEqual({ ...NOTHING, sent: 1 });
    expect(await app.mail.deliverDueMails()).toEqual(NOTHING);

    const received = receivedBy(smtp, message.to);
    expect(received).toHaveLength(1);
    const [mail] = received;
    const token = message.template.name === 'password-reset' ? message.template.token : '';
    const link = `${PUBLIC_URL}/password/reset#token=${token}`;
    expect(mail?.from?.value).toEqual([{ name: 'Acme Portal', address: 'portal@acme.example' }]);
    expect(mail?.to).toMatchObject({ value: [{ address: message.to }] });
    expect(mail?.subject).toBe('Reset your password');
    expect(mail?.text).toContain(link);
    expect(mail?.html).toContain(`href="${link}"`);

    const row = await outboxRow(ctx.db, id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("writes the mail in the recipient's language", async () => {
    const message = resetMessage({ language: 'de' });
    await app.mail.enqueue(message);
    await app.mail.deliverDueMails();
    expect(receivedBy(smtp, message.to)[0]?.subject).toBe('Passwort zurücksetzen');
  });

  it('keeps a mail pending with a backoff while SMTP is down, then sends it exactly once', async () => {
    await smtp.stop();
    const message = resetMessage();
    const { id } = await app.mail.enqueue(message);

    const before = Date.now();
    expect(await app.mail.deliverDueMails()).toEqual({ ...NOTHING, retried: 1 });
    const waiting = await outboxRow(ctx.db, id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
    const delay = (waiting.nextAttemptAt.getTime() - before) / 1000;
    expect(delay).toBeGreaterThan(25);
    expect(delay).toBeLessThan(35);
    // Not due yet: a pass right away leaves it alone.
    expect(await app.mail.deliverDueMails()).toEqual(NOTHING);

    await smtp.start();
    await makeDue(ctx.db, id);
    expect(await app.mail.deliverDueMails()).toEqual({ ...NOTHING, sent: 1 });
    expect(await app.mail.deliverDueMails()).toEqual(NOTHING);
    expect(receivedBy(smtp, message.to)).toHaveLength(1);
    expect(await outboxRow(ctx.db, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('doubles the wait after each failure and gives the mail up as failed after 10 attempts', async () => {
    await smtp.stop();
    const message = resetMessage();
    const { id } = await app.mail.enqueue(message);

    for (let attempt = 1; attempt <= 9; attempt++) {
      await makeDue(ctx.db, id);
      const before = Date.now();
      expect(await app.mail.deliverDueMails()).toEqual({ ...NOTHING, retried: 1 });
      const row = await outboxRow(ctx.db, id);
      expect(row.attempts).toBe(attempt);
      const delay = (row.nextAttemptAt.getTime() - before) / 1000;
      expect(Math.abs(delay - retryDelaySeconds(attempt))).toBeLessThan(5);
    }
    await makeDue(ctx.db, id);
    expect(await app.mail.deliverDueMails()).toEqual({ ...NOTHING, failed: 1 });
    const failed = await outboxRow(ctx.db, id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 10, lockedUntil: null });
    expect(failed.lastError).toBeTruthy();

    await smtp.start();
    await makeDue(ctx.db, id);
    expect(await app.mail.deliverDueMails()).toEqual(NOTHING);
    expect(receivedBy(smtp, message.to)).toEqual([]);
  });

  it('survives a restart: another app on the database sends what this one queued', async () => {
    const message = resetMessage();
    await app.mail.enqueue(message);
    const next = await createApp(ctx.db, { env: { SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL } });
    try {
      expect(await next.mail.deliverDueMails()).toEqual({ ...NOTHING, sent: 1 });
    } finally {
      await next.close();
    }
    expect(receivedBy(smtp, message.to)).toHaveLength(1);
  });
});
