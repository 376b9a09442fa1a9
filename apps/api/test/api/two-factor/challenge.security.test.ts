import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';
import { createSecretBox } from '../../../src/security/secret-box.js';
import { auditTypes } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

describe('the two-factor step of sign-in', () => {
  const secretBox = createSecretBox(randomBytes(32));
  const t = useTestApp({ secretBox });

  async function enrolledAdmin() {
    const { user, tenant, password } = await makeUser(t.db, { roles: ['admin'] });
    const credentials = {
      tenantDomain: tenant.domain,
      username: user.username,
      password: password as string,
    };
    return { user, credentials, ...(await activateAtSignIn(t.app, credentials)) };
  }

  it('asks for the code after the password and opens the session once it is right', async () => {
    const { credentials, secret, user } = await enrolledAdmin();
    const { status, cookie: pending } = await passwordStep(t.app, credentials);
    expect(status).toBe('totp_required');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: pending } })).statusCode).toBe(
      401,
    );
    const answer = await post(t.app, '/api/auth/totp', pending, { code: codeFor(secret, 1) });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ status: 'authenticated' });
    const session = answer.cookies.find((c) => c.name === 'portal_session');
    expect(session?.value).toBeTruthy();
    // The pending cookie is cleared and cannot be used again.
    expect(answer.cookies.find((c) => c.name === 'portal_pending')?.value).toBe('');
    expect(
      (await post(t.app, '/api/auth/totp', pending, { code: codeFor(secret, 1) })).json().error,
    ).toBe('login_expired');
    expect(await auditTypes(t.db, user.id)).toContain('totp.verified');
  });

  it('refuses a code that was already used (replay), also for the next sign-in', async () => {
    const { credentials, secret } = await enrolledAdmin();
    const code = codeFor(secret, 1);
    const first = await passwordStep(t.app, credentials);
    expect((await post(t.app, '/api/auth/totp', first.cookie, { code })).statusCode).toBe(200);
    const second = await passwordStep(t.app, credentials);
    const replay = await post(t.app, '/api/auth/totp', second.cookie, { code });
    expect(replay.statusCode).toBe(401);
    // Said as such: the person only has to wait for the next code.
    expect(replay.json().error).toBe('code_already_used');
    // An older step than the last accepted one is refused too.
    expect(
      (await post(t.app, '/api/auth/totp', second.cookie, { code: codeFor(secret, 0) })).json()
        .error,
    ).toBe('invalid_code');
  });

  it('accepts the same code only once when two requests race with it', async () => {
    const { credentials, secret } = await enrolledAdmin();
    const code = codeFor(secret, 1);
    const [a, b] = await Promise.all([
      passwordStep(t.app, credentials),
      passwordStep(t.app, credentials),
    ]);
    const answers = await Promise.all([
      post(t.app, '/api/auth/totp', a.cookie, { code }),
      post(t.app, '/api/auth/totp', b.cookie, { code }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('refuses a replayed code on a second API instance sharing the database', async () => {
    const { credentials, secret } = await enrolledAdmin();
    // On PostgreSQL the second instance has its own connection pool, as a real second server would.
    const secondDb = t.database.url ? await openDatabase({ databaseUrl: t.database.url }) : t.db;
    const instanceB = await createApp(secondDb, { secretBox });
    try {
      const code = codeFor(secret, 1);
      const onA = await passwordStep(t.app, credentials);
      expect((await post(t.app, '/api/auth/totp', onA.cookie, { code })).statusCode).toBe(200);
      const onB = await passwordStep(instanceB, credentials);
      const replay = await post(instanceB, '/api/auth/totp', onB.cookie, { code });
      expect(replay.json().error).toBe('code_already_used');
    } finally {
      await instanceB.close();
      if (secondDb !== t.db) await secondDb.close();
    }
  });

  it('takes each recovery code once', async () => {
    const { credentials, recoveryCodes, user } = await enrolledAdmin();
    const [code] = recoveryCodes;
    const first = await passwordStep(t.app, credentials);
    expect(
      (await post(t.app, '/api/auth/recovery-code', first.cookie, { code: code?.toUpperCase() }))
        .statusCode,
    ).toBe(200);
    const second = await passwordStep(t.app, credentials);
    const again = await post(t.app, '/api/auth/recovery-code', second.cookie, { code });
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('invalid_code');
    expect(await auditTypes(t.db, user.id)).toEqual(
      expect.arrayContaining(['recovery_code.used', 'recovery_code.failed']),
    );
  });

  it('ends the pending step after five wrong codes: back to the password', async () => {
    const { credentials, secret, user } = await enrolledAdmin();
    const { cookie } = await passwordStep(t.app, credentials);
    const wrong = codeFor(secret, 1) === '000000' ? '111111' : '000000';
    const answers = [];
    for (let attempt = 1; attempt <= 5; attempt++)
      answers.push(await post(t.app, '/api/auth/totp', cookie, { code: wrong }));
    expect(answers.slice(0, 4).map((r) => r.json().error)).toEqual(Array(4).fill('invalid_code'));
    // The fifth wrong code also reaches the account's lockout threshold: the lock wins.
    expect(answers[4]?.statusCode).toBe(429);
    expect(
      (await post(t.app, '/api/auth/totp', cookie, { code: codeFor(secret, 1) })).json().error,
    ).toBe('login_expired');
    // Wrong codes counted toward the account's lockout: even the right password is refused now.
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: credentials,
    });
    expect(locked.statusCode).toBe(429);
    expect((await auditTypes(t.db, user.id)).filter((t) => t === 'totp.failed')).toHaveLength(5);
  });

  it('does not forget earlier wrong codes when the password is entered again', async () => {
    const { credentials, secret } = await enrolledAdmin();
    const wrong = codeFor(secret, 1) === '000000' ? '111111' : '000000';
    const first = await passwordStep(t.app, credentials);
    for (let attempt = 1; attempt <= 3; attempt++)
      await post(t.app, '/api/auth/totp', first.cookie, { code: wrong });
    const second = await passwordStep(t.app, credentials);
    await post(t.app, '/api/auth/totp', second.cookie, { code: wrong });
    const fifth = await post(t.app, '/api/auth/totp', second.cookie, { code: wrong });
    expect(fifth.statusCode).toBe(429);
  });

  it('gives the pending step five minutes', async () => {
    const { credentials, secret, user } = await enrolledAdmin();
    const { cookie } = await passwordStep(t.app, credentials);
    await t.db.prisma.loginChallenge.updateMany({
      where: { userId: user.id, completedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await post(t.app, '/api/auth/totp', cookie, { code: codeFor(secret, 1) });
    expect(late.statusCode).toBe(401);
    expect(late.json().error).toBe('login_expired');
  });

  it('refuses the code step without a pending cookie, or with a session cookie instead', async () => {
    const { session, secret } = await enrolledAdmin();
    expect((await post(t.app, '/api/auth/totp', '', { code: '123456' })).json().error).toBe(
      'login_expired',
    );
    expect(
      (await post(t.app, '/api/auth/totp', session, { code: codeFor(secret, 1) })).json().error,
    ).toBe('login_expired');
  });

  it('keeps secrets and recovery codes out of the database in clear', async () => {
    const { user, secret, recoveryCodes } = await enrolledAdmin();
    const credentials = await t.db.prisma.totpCredential.findMany({
      where: { userId: user.id },
    });
    const codes = await t.db.prisma.recoveryCode.findMany({ where: { userId: user.id } });
    const stored = JSON.stringify({ credentials, codes }, (_k, v) =>
      typeof v === 'bigint' ? String(v) : v,
    );
    expect(credentials).toHaveLength(1);
    expect(codes).toHaveLength(10);
    expect(stored).not.toContain(secret);
    expect(stored.toLowerCase()).not.toContain(secret.toLowerCase());
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replaceAll('-', ''));
    }
  });
});
