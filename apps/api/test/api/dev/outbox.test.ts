import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetMessage } from '../../helpers/mail.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';

const PUBLIC_URL = 'https://portal.example.test';
const PRODUCTION = {
  NODE_ENV: 'production',
  PASSWORD_HASHING: '',
  SESSION_SECRET: 'a-session-secret',
  TOTP_ENCRYPTION_KEY: 'a-totp-key',
};

async function expectUnknownRoute(app: FastifyInstance) {
  for (const url of ['/api/dev/outbox', '/api/dev/outbox/page']) {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found', message: `No route GET ${url}` });
  }
}

describe('GET /api/dev/outbox (dev outbox)', () => {
  const ctx = useTestApp({ env: { PUBLIC_URL } });

  beforeEach(async () => {
    await ctx.db.prisma.outboxMail.deleteMany();
  });

  it('lists the mails newest first with to, subject, text, html and createdAt', async () => {
    const messages = [
      resetMessage(),
      resetMessage({ language: 'de' }),
      resetMessage({ language: 'fr' }),
    ];
    for (const [index, message] of messages.entries()) {
      const { id } = await ctx.app.mail.enqueue(message);
      await ctx.db.prisma.outboxMail.update({
        where: { id },
        data: { createdAt: new Date(Date.UTC(2026, 0, 1, 12, index)) },
      });
    }
    const response = await ctx.app.inject({ url: '/api/dev/outbox' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const mails = response.json() as Record<string, string>[];
    expect(mails.map((mail) => mail.to)).toEqual(messages.map((m) => m.to).reverse());
    expect(Object.keys(mails[0] ?? {}).sort()).toEqual([
      'createdAt',
      'html',
      'subject',
      'text',
      'to',
    ]);
    expect(mails[0]).toMatchObject({
      subject: 'Réinitialisation de votre mot de passe',
      createdAt: '2026-01-01T12:02:00.000Z',
    });
    expect(mails[0]?.text).toContain(`${PUBLIC_URL}/password/reset#token=`);
    expect(mails[0]?.html).toContain('<!doctype html>');
  });

  it('lists mails as soon as they are queued, before any delivery pass', async () => {
    const message = resetMessage();
    await ctx.app.mail.enqueue(message);
    const mails = (await ctx.app.inject({ url: '/api/dev/outbox' })).json();
    expect(mails).toEqual([expect.objectContaining({ to: message.to })]);
  });

  it('shows them on an HTML page without scripts, every value escaped, links clickable', async () => {
    await ctx.db.prisma.outboxMail.create({
      data: {
        to: 'eve@example.test',
        subject: '<script>alert("subject")</script>',
        text: 'Open https://portal.example.test/password/reset#token=a&b now <img src=x onerror=alert(1)>',
        html: '<p>unused</p>',
      },
    });
    const response = await ctx.app.inject({ url: '/api/dev/outbox/page' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const page = response.body;
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain(
      '<a href="https://portal.example.test/password/reset#token=a&amp;b">https://portal.example.test/password/reset#token=a&amp;b</a>',
    );
  });

  it('is absent in production', async () => {
    const app = await createApp(ctx.db, { env: PRODUCTION });
    try {
      await expectUnknownRoute(app);
    } finally {
      await app.close();
    }
  });

  it('is absent when mail goes out over SMTP', async () => {
    const app = await createApp(ctx.db, { env: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    try {
      await expectUnknownRoute(app);
    } finally {
      await app.close();
    }
  });
});
