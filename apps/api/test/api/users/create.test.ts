import { afterAll, describe, expect, it } from 'vitest';
import { auditEventsForUser } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { loginAs } from '../../helpers/login.js';
import { flushMail, latestToken, TEST_PUBLIC_URL } from '../../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';
import { meStatus, signedIn } from './manage-helpers.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

const email = () => `new-${Math.random().toString(36).slice(2)}@example.test`;

describe('POST /api/users', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });

  it('creates a user with the role, without a password, and audits it', async () => {
    const admin = await signedIn(t.app, t.db);
    const answer = await admin.api.create({
      username: 'New.User_1@acme',
      displayName: '  New User  ',
      email: 'new.user@example.test',
      role: 'admin',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const created = answer.json();
    expect(created).toEqual({
      id: expect.any(String),
      username: 'New.User_1@acme',
      displayName: 'New User',
      email: 'new.user@example.test',
      roles: ['admin'],
      status: 'active',
      twoFactorEnabled: false,
      twoFactorMethods: [],
      lastLoginAt: null,
      linkedToResellerPortal: false,
    });
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      tenantId: admin.tenant.id,
      usernameKey: 'new.user_1@acme',
      passwordHash: null,
    });
    expect((await admin.api.get(created.id)).json()).toEqual(created);

    const events = await auditEventsForUser(t.db, created.id);
    expect(events.map((e) => e.type)).toEqual(['user.created']);
    expect(events[0]).toMatchObject({
      tenantId: admin.tenant.id,
      actorUserId: admin.user.id,
      actorTenantId: admin.tenant.id,
      details: { role: 'admin' },
    });
  });

  it('mails the new user a link with which they set a password and sign in', async () => {
    const admin = await signedIn(t.app, t.db);
    const address = email();
    const created = (
      await admin.api.create({ username: 'welcome', email: address, role: 'user' })
    ).json();
    await flushMail(t.app);
    expect(receivedBy(smtp, address)).toHaveLength(1);
    const token = latestToken(smtp, address);

    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset/verify',
      payload: { token },
    });
    // No password yet: the page asks to set one, not to change it.
    expect(verify.json()).toEqual({
      tenantDomain: admin.tenant.domain,
      username: 'welcome',
      newAccount: true,
    });
    const password = 'my very own first passphrase';
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset',
      payload: { token, password },
    });
    expect(set.statusCode, set.body).toBe(200);
    const session = await loginAs(t.app, {
      tenantDomain: admin.tenant.domain,
      username: 'WELCOME',
      password,
    });
    expect(await meStatus(t.app, session)).toBe(200);
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie: session } })).json();
    expect(me.user.id).toBe(created.id);
  });

  it.each([
    ['characters', 'bad name', 'username'],
    ['characters', 'ümlaut', 'username'],
    ['characters', '.leading-dot', 'username'],
    ['too short', 'a', 'username'],
    ['too long', 'a'.repeat(65), 'username'],
    ['a bad e-mail', 'fine', 'email'],
    ['an unknown role', 'fine', 'role'],
  ])(
    'refuses %s with 400 validation_error naming the field (%s)',
    async (_what, username, field) => {
      const admin = await signedIn(t.app, t.db);
      const body = {
        username,
        email: field === 'email' ? 'not-an-address' : email(),
        role: field === 'role' ? 'owner' : 'user',
      };
      const answer = await admin.api.create(body);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: 'validation_error', field });
      expect(await t.db.prisma.user.count({ where: { tenantId: admin.tenant.id } })).toBe(1);
    },
  );

  it('accepts the shortest and the longest username', async () => {
    const admin = await signedIn(t.app, t.db);
    for (const username of ['ab', `a${'b'.repeat(63)}`]) {
      const answer = await admin.api.create({ username, email: email(), role: 'user' });
      expect(answer.statusCode, answer.body).toBe(201);
    }
  });

  it('refuses a username that differs only in case with 409 username_taken', async () => {
    const admin = await signedIn(t.app, t.db);
    await makeUser(t.db, { tenantId: admin.tenant.id, username: 'Carol' });
    const answer = await admin.api.create({ username: 'cAROL', email: email(), role: 'user' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ error: 'username_taken', field: 'username' });
    expect(answer.json().message).toMatch(/already has this username/);
    expect(await t.db.prisma.user.count({ where: { tenantId: admin.tenant.id } })).toBe(2);
  });

  it('allows the same username in another tenant', async () => {
    const admin = await signedIn(t.app, t.db);
    await makeUser(t.db, { username: 'dave' });
    const answer = await admin.api.create({ username: 'dave', email: email(), role: 'user' });
    expect(answer.statusCode, answer.body).toBe(201);
  });

  it('gives exactly one of two simultaneous requests for one username', async () => {
    const admin = await signedIn(t.app, t.db);
    const answers = await Promise.all(
      ['Erin', 'erin'].map((username) =>
        admin.api.create({ username, email: email(), role: 'user' }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().error).toBe('username_taken');
  });

  it('answers 403 to a user without users.manage, and creates nothing', async () => {
    const plain = await signedIn(t.app, t.db, { role: 'user' });
    const answer = await plain.api.create({ username: 'sneaky', email: email(), role: 'admin' });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error).toBe('forbidden');
    expect(await t.db.prisma.user.count({ where: { tenantId: plain.tenant.id } })).toBe(1);
  });
});
