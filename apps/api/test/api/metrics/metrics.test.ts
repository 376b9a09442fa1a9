import { describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, postLogin } from '../../helpers/login.js';
import { forgot } from '../../helpers/password-reset.js';
import { usesPostgres, useTestApp } from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

const TOKEN = 'metrics-token-for-the-tests';

describe('metrics', () => {
  const ctx = useTestApp({ env: { METRICS_TOKEN: TOKEN } });

  async function scrape(): Promise<string> {
    const response = await ctx.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  }

  /** The value of one series, 0 while it does not exist yet. */
  function seriesValue(text: string, series: string): number {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  }

  const signIns = (outcome: string) =>
    `portal_sign_ins_total{method="password",outcome="${outcome}"}`;

  it('counts sign-ins by method and outcome', async () => {
    const credentials = credentialsOf(await makeUser(ctx.db));
    const before = await scrape();
    expect((await postLogin(ctx.app, credentials)).statusCode).toBe(200);
    expect((await postLogin(ctx.app, { ...credentials, password: 'wrong' })).statusCode).toBe(401);
    const after = await scrape();
    expect(seriesValue(after, signIns('success')) - seriesValue(before, signIns('success'))).toBe(
      1,
    );
    expect(seriesValue(after, signIns('invalid')) - seriesValue(before, signIns('invalid'))).toBe(
      1,
    );
  });

  it('counts a lockout and the attempts it refuses', async () => {
    const credentials = credentialsOf(await makeUser(ctx.db));
    const before = await scrape();
    for (let i = 0; i < 12; i++) await postLogin(ctx.app, { ...credentials, password: 'wrong' });
    const after = await scrape();
    expect(seriesValue(after, 'portal_lockouts_total')).toBeGreaterThan(
      seriesValue(before, 'portal_lockouts_total'),
    );
    expect(seriesValue(after, signIns('locked'))).toBeGreaterThan(
      seriesValue(before, signIns('locked')),
    );
  });

  it('counts 2FA activations, sign-ins with a TOTP code and reset mails', async () => {
    const made = await makeUser(ctx.db, { roles: ['admin'], email: 'metrics-admin@example.com' });
    const credentials = credentialsOf(made);
    const before = await scrape();
    const { secret } = await activateAtSignIn(ctx.app, credentials);
    const { cookie: pending } = await passwordStep(ctx.app, credentials);
    const totp = await post(ctx.app, '/api/auth/totp', pending, { code: codeFor(secret, 1) });
    expect(totp.statusCode, totp.body).toBe(200);
    const { tenantDomain, username } = credentials;
    expect((await forgot(ctx.app, { tenantDomain, username })).statusCode).toBe(202);
    await ctx.app.background.idle();
    const after = await scrape();
    const moved = (series: string) => seriesValue(after, series) - seriesValue(before, series);
    expect(moved('portal_two_factor_enrollments_total')).toBe(1);
    expect(moved('portal_sign_ins_total{method="totp",outcome="success"}')).toBe(1);
    expect(moved('portal_password_reset_mails_requested_total{requested_by="self"}')).toBe(1);
  });

  it('times requests by route pattern, not by raw URL', async () => {
    await ctx.app.inject({ url: '/api/users/00000000-0000-4000-8000-000000000000' });
    const text = await scrape();
    expect(text).toMatch(
      /portal_http_request_duration_seconds_count\{method="GET",route="\/api\/users\/:userId",status_code="401"\} \d+/,
    );
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('reports the outbox depth and the age of its oldest mail', async () => {
    await ctx.db.prisma.outboxMail.create({
      data: {
        to: 'someone@example.com',
        subject: 's',
        text: 't',
        html: 'h',
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    const text = await scrape();
    expect(seriesValue(text, 'portal_mail_outbox_pending')).toBeGreaterThanOrEqual(1);
    expect(
      seriesValue(text, 'portal_mail_outbox_oldest_pending_age_seconds'),
    ).toBeGreaterThanOrEqual(119);
  });

  it.runIf(usesPostgres())('reports the connections of the PostgreSQL pool', async () => {
    const text = await scrape();
    expect(seriesValue(text, 'portal_db_pool_connections{state="max"}')).toBe(10);
    expect(text).toMatch(/portal_db_pool_connections\{state="in_use"\} \d+/);
  });
});
