import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxRow, resetMessage } from '../helpers/mail.js';
import { receivedBy, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createApp, useTestDatabase } from '../helpers/test-app.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  PASSWORD_HASHING: '',
  SESSION_SECRET: 'a-session-secret',
  TOTP_ENCRYPTION_KEY: 'a-totp-key',
};
// Well below the sender's interval: a mail that arrives within it was sent on the spot.
const PROMPTLY = { timeout: 3000, interval: 20 };

describe('the started mail sender', () => {
  const ctx = useTestDatabase();
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('sends a mail right after it is enqueued, without waiting for its interval', async () => {
    const app = await createApp(ctx.db, { env: { SMTP_URL: smtp.url } });
    const stop = app.mail.startSender();
    try {
      const message = resetMessage();
      const { id } = await app.mail.enqueue(message);
      await vi.waitFor(() => expect(receivedBy(smtp, message.to)).toHaveLength(1), PROMPTLY);
      await vi.waitFor(async () => expect((await outboxRow(ctx.db, id)).status).toBe('sent'));
    } finally {
      await stop();
      await app.close();
    }
  });

  it('sends a mail enqueued in a transaction once a response went out (it has committed)', async () => {
    const app = await createApp(ctx.db, { env: { SMTP_URL: smtp.url } });
    app.mail.startSender();
    try {
      // Let the pass that starting ran end first.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const message = resetMessage();
      await ctx.db.prisma.$transaction((tx) => app.mail.enqueue(message, tx));
      await app.inject({ url: '/api/health' });
      await vi.waitFor(() => expect(receivedBy(smtp, message.to)).toHaveLength(1), PROMPTLY);
    } finally {
      // Closing the app stops the sender too.
      await app.close();
    }
  });

  it('in the dev outbox, marks mails as sent without any SMTP server', async () => {
    const app = await createApp(ctx.db);
    try {
      expect(app.mail.delivery).toBe('dev-outbox');
      const { id } = await app.mail.enqueue(resetMessage());
      expect((await app.mail.deliverDueMails()).sent).toBeGreaterThanOrEqual(1);
      expect(await outboxRow(ctx.db, id)).toMatchObject({ status: 'sent', attempts: 1 });
    } finally {
      await app.close();
    }
  });

  it('in production without SMTP_URL, keeps mails pending rather than dropping them', async () => {
    const app = await createApp(ctx.db, { env: PRODUCTION });
    try {
      expect(app.mail.delivery).toBe('off');
      const { id } = await app.mail.enqueue(resetMessage());
      const stop = app.mail.startSender();
      expect(await app.mail.deliverDueMails()).toEqual({ sent: 0, retried: 0, failed: 0 });
      await stop();
      expect(await outboxRow(ctx.db, id)).toMatchObject({ status: 'pending', attempts: 0 });
    } finally {
      await app.close();
    }
  });
});
