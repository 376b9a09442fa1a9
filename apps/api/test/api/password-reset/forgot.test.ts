import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FORGOT_REQUESTS_PER_IP_PER_HOUR,
  RESETS_PER_ACCOUNT_PER_HOUR,
} from '../../../src/plugins/app/password-reset/forgot.js';
import { makeUser } from '../../helpers/factories.js';
import {
  flushMail,
  forgot,
  latestToken,
  TEST_PUBLIC_URL,
  tokenFromMail,
} from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

describe('POST /api/auth/password/forgot', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });
  let ip = 0;
  // Each test comes from its own address, so the silent per-IP limit is its own.
  const from = () => ({ remoteAddress: `10.9.0.${ip}` });
  beforeEach(() => {
    ip++;
  });

  async function account(overrides: Parameters<typeof makeUser>[1] = {}) {
    const email = `u-${Math.random().toString(36).slice(2)}@example.test`;
    const made = await makeUser(t.db, { email, ...overrides });
    return {
      ...made,
      email,
      body: { tenantDomain: made.tenant.domain, username: made.user.username },
    };
  }

  function send(body: object) {
    return t.app.inject({
      method: 'POST',
      url: '/api/auth/password/forgot',
      payload: body,
      ...from(),
    });
  }

  it('answers 202 and mails a link on PUBLIC_URL with a one-time token in the fragment', async () => {
    const { email, body, user } = await account();
    const answer = await send({ ...body, username: body.username.toUpperCase() });
    expect(answer.statusCode).toBe(202);
    expect(answer.json()).toEqual({ status: 'accepted' });
    await flushMail(t.app);
    const [mail] = receivedBy(smtp, email);
    expect(mail?.html).toBeTruthy();
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/password/reset#token=`);
    const token = tokenFromMail(mail as NonNullable<typeof mail>);
    const rows = await t.db.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    const expiresIn = (rows[0]?.expiresAt.getTime() ?? 0) - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 60_000);
  });

  it('answers the same 202 for accounts that do not exist or cannot be reset, and mails nothing', async () => {
    const deactivated = await account();
    await t.db.prisma.user.update({
      where: { id: deactivated.user.id },
      data: { status: 'deactivated' },
    });
    const linked = await account();
    await t.db.prisma.user.update({
      where: { id: linked.user.id },
      data: { externalIssuer: 'https://rsp.example', externalSubject: 'sub-1' },
    });
    const before = smtp.received.length;
    const answers = await Promise.all([
      send({ tenantDomain: 'nowhere.tenant', username: 'nobody' }),
      send({ ...deactivated.body, username: 'nobody-here' }),
      send(deactivated.body),
      send(linked.body),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.json()).toEqual({ status: 'accepted' });
    }
    await flushMail(t.app);
    expect(smtp.received.length).toBe(before);
  });

  it(`sends at most ${RESETS_PER_ACCOUNT_PER_HOUR} links an hour per account, silently`, async () => {
    const { email, body } = await account();
    for (let i = 0; i <= RESETS_PER_ACCOUNT_PER_HOUR; i++) {
      expect((await send(body)).statusCode).toBe(202);
      await flushMail(t.app);
    }
    expect(receivedBy(smtp, email)).toHaveLength(RESETS_PER_ACCOUNT_PER_HOUR);
  });

  it('limits requests per IP, silently', async () => {
    for (let i = 0; i < FORGOT_REQUESTS_PER_IP_PER_HOUR; i++) {
      await send({ tenantDomain: 'nowhere.tenant', username: `nobody-${i}` });
    }
    const { email, body } = await account();
    expect((await send(body)).statusCode).toBe(202);
    await flushMail(t.app);
    expect(receivedBy(smtp, email)).toHaveLength(0);
  });

  it('makes older links stop working when a newer one is sent', async () => {
    const { email, body } = await account();
    await send(body);
    await flushMail(t.app);
    const first = latestToken(smtp, email);
    await send(body);
    await flushMail(t.app);
    const second = latestToken(smtp, email);
    const verify = (token: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password/reset/verify', payload: { token } });
    expect((await verify(first)).json().error).toBe('invalid_token');
    expect((await verify(second)).statusCode).toBe(200);
  });

  it("never builds the link from the request's Host or X-Forwarded-Host", async () => {
    const { email, body } = await account();
    await forgot(t.app, body, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    await flushMail(t.app);
    const [mail] = receivedBy(smtp, email);
    expect(mail?.text).not.toContain('evil.example');
    expect(mail?.html).not.toContain('evil.example');
    expect(mail?.text).toContain(TEST_PUBLIC_URL);
  });

  it('validates its body', async () => {
    const answer = await send({ tenantDomain: 'acme.tenant' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ error: 'validation_error', field: 'username' });
  });
});
