import { afterAll, describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { flushMail } from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { ageProof } from '../../helpers/step-up.js';
import { useTestApp } from '../../helpers/test-app.js';
import { post } from '../../helpers/two-factor.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

const NEW_PASSWORD = 'a brand new passphrase 2026';

describe('POST /api/account/password: changing one’s password while signed in', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url } });

  async function signedIn() {
    const email = `u-${Math.random().toString(36).slice(2)}@example.test`;
    const made = await makeUser(t.db, { email });
    const credentials = credentialsOf(made);
    return { ...made, email, credentials, session: await loginAs(t.app, credentials) };
  }

  const me = (session: string) => t.app.inject({ url: '/api/me', headers: { cookie: session } });

  it('sets the new password, keeps this session, ends the others, and mails a notice', async () => {
    const { credentials, session, email, user } = await signedIn();
    const elsewhere = await loginAs(t.app, credentials);
    const answer = await post(t.app, '/api/account/password', session, {
      currentPassword: credentials.password,
      newPassword: NEW_PASSWORD,
    });
    expect(answer.statusCode, answer.body).toBe(204);

    expect((await me(session)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await postLogin(t.app, credentials)).statusCode).toBe(401);
    expect((await postLogin(t.app, { ...credentials, password: NEW_PASSWORD })).statusCode).toBe(
      200,
    );
    await flushMail(t.app);
    expect(receivedBy(smtp, email).map((mail) => mail.subject)).toHaveLength(1);
    expect(await auditTypes(t.db, user.id)).toContain('password.changed');
  });

  it('refuses a wrong current password (401) and counts it toward the lockout', async () => {
    const { credentials, session } = await signedIn();
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post(t.app, '/api/account/password', session, {
        currentPassword: `wrong ${i}`,
        newPassword: NEW_PASSWORD,
      });
      statuses.push(answer.statusCode);
      if (i === 0) expect(answer.json().error).toBe('invalid_credentials');
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect((await postLogin(t.app, credentials)).statusCode).toBe(429);
  });

  it('follows the same password rules as a reset (422 weak_password with the reason)', async () => {
    const { credentials, session, user } = await signedIn();
    for (const [password, reason] of [
      ['short pass', 'too_short'],
      ['password1234', 'common'],
      [`${user.username} forever and ever`, 'contains_username'],
    ] as const) {
      const answer = await post(t.app, '/api/account/password', session, {
        currentPassword: credentials.password,
        newPassword: password,
      });
      expect(answer.statusCode).toBe(422);
      expect(answer.json()).toMatchObject({ error: 'weak_password', reason });
    }
  });

  it('needs a recent proof of the factors (403 reauthentication_required)', async () => {
    const { credentials, session, user } = await signedIn();
    await ageProof(t, user.id);
    const answer = await post(t.app, '/api/account/password', session, {
      currentPassword: credentials.password,
      newPassword: NEW_PASSWORD,
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('reauthentication_required');
  });
});
