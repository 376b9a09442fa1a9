import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/app.js';
import { makeDue, resetMessage } from '../helpers/mail.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createApp, testConfig, useTestDatabase } from '../helpers/test-app.js';

describe('mail logs', () => {
  const ctx = useTestDatabase();
  const lines: string[] = [];
  let smtp: TestSmtpServer;
  let app: FastifyInstance;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const options = loggerOptions(testConfig());
    app = await createApp(ctx.db, {
      env: { SMTP_URL: smtp.url },
      logger: {
        ...(typeof options === 'object' ? options : {}),
        level: 'trace',
        stream: { write: (line: string) => lines.push(line) },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('name mails by id with status and SMTP codes; never address, subject, body or link', async () => {
    const sent = resetMessage();
    const { id: sentId } = await app.mail.enqueue(sent);
    await app.mail.deliverDueMails();
    await smtp.stop();
    const retried = resetMessage();
    const { id: retriedId } = await app.mail.enqueue(retried);
    await app.mail.deliverDueMails();
    await ctx.db.prisma.outboxMail.update({ where: { id: retriedId }, data: { attempts: 9 } });
    await makeDue(ctx.db, retriedId);
    await app.mail.deliverDueMails();
    await smtp.start();

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual(expect.objectContaining({ mailId: sentId, status: 'sent' }));
    expect(entries).toContainEqual(
      expect.objectContaining({
        mailId: retriedId,
        status: 'pending',
        smtpCode: expect.any(String),
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ mailId: retriedId, status: 'failed' }),
    );

    const log = lines.join('\n');
    for (const message of [sent, retried]) {
      if (message.template.name !== 'password-reset') throw new Error('a reset mail');
      expect(log).not.toContain(message.template.token);
      expect(log).not.toContain(message.to);
      expect(log).not.toContain(message.template.account.username);
    }
    expect(log).not.toMatch(/Reset your password|password\/reset|<html/);
  });
});
