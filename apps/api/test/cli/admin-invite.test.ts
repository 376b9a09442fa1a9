import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonErrorOf, jsonOf, runCliOn } from '../helpers/cli.js';
import { makeTenant, makeUser } from '../helpers/factories.js';
import { receivedBy, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { useTestApp } from '../helpers/test-app.js';

const t = useTestApp();
const cli = (args: string[], env: Record<string, string> = {}) => runCliOn(t.database, args, env);
const TOKEN_LINK = /http:\/\/portal\.test\/password\/reset#token=([A-Za-z0-9_-]+)/;

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

async function setPassword(token: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/password/reset',
    payload: { token, password: 'a long and new passphrase 42' },
  });
}

describe('portal admin invite', () => {
  it('without SMTP outside production, prints the set-password link, which works', async () => {
    const tenant = await makeTenant(t.db);
    const run = await cli([
      'admin',
      'invite',
      '--tenant',
      tenant.domain,
      '--username',
      'first-admin',
      '--email',
      'first@example.test',
      '--name',
      'First Admin',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`administrator first-admin created in ${tenant.domain}`);
    const token = TOKEN_LINK.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    const user = await t.db.prisma.user.findFirstOrThrow({
      where: { tenantId: tenant.id, username: 'first-admin' },
      include: { roles: { include: { role: true } } },
    });
    expect(user).toMatchObject({
      email: 'first@example.test',
      displayName: 'First Admin',
      passwordHash: null,
    });
    expect(user.roles.map((r) => r.role.key)).toEqual(['admin']);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'user.created', subjectUserId: user.id },
    });
    expect(event).toMatchObject({
      tenantId: tenant.id,
      actorUserId: null,
      userAgent: 'portal-cli',
    });
    expect(event.details).toMatchObject({ actor: 'operator', role: 'admin' });

    const reset = await setPassword(token ?? '');
    expect(reset.statusCode, reset.body).toBe(200);
    // An administrator activates 2FA next, at the first sign-in.
    expect(reset.json()).toEqual({ status: 'password_changed', next: 'totp_enrollment_required' });
  });

  it('with SMTP, mails the link at once and prints no token (--json)', async () => {
    const tenant = await makeTenant(t.db);
    const run = await cli(
      [
        'admin',
        'invite',
        '--tenant',
        tenant.domain,
        '--username',
        'mailed',
        '--email',
        'mailed@example.test',
        '--json',
      ],
      { SMTP_URL: smtp.url },
    );
    const answer = jsonOf<{ userId: string; mail: { delivery: string; sent: boolean } }>(run);
    expect(answer.mail).toEqual({ delivery: 'smtp', sent: true });
    expect(run.stdout).not.toContain('token');
    const [mail] = receivedBy(smtp, 'mailed@example.test');
    const token = TOKEN_LINK.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect((await setPassword(token ?? '')).statusCode).toBe(200);
  });

  it('in production without SMTP, leaves the mail in the outbox and prints no link', async () => {
    const tenant = await makeTenant(t.db);
    const run = await cli(
      [
        'admin',
        'invite',
        '--tenant',
        tenant.domain,
        '--username',
        'waiting',
        '--email',
        'waiting@example.test',
      ],
      {
        NODE_ENV: 'production',
        PASSWORD_HASHING: '',
        PUBLIC_URL: 'https://portal.example.test',
        SESSION_SECRET: 'x'.repeat(43),
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('waits in the outbox until SMTP_URL is configured');
    expect(run.stdout).not.toMatch(/token|https:/);
    expect(
      await t.db.prisma.outboxMail.count({
        where: { to: 'waiting@example.test', status: 'pending' },
      }),
    ).toBe(1);
  });

  it('refuses a bad e-mail or username (2), an unknown tenant and a taken username (1)', async () => {
    const tenant = await makeTenant(t.db);
    await makeUser(t.db, { tenantId: tenant.id, username: 'taken' });
    const base = ['admin', 'invite', '--tenant', tenant.domain];
    const badEmail = await cli([...base, '--username', 'new-one', '--email', 'not-an-address']);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toBe('portal: --email "not-an-address" is not an e-mail address\n');
    const badName = await cli([...base, '--username', '-dash', '--email', 'a@example.test']);
    expect(badName.code).toBe(2);
    expect((await cli([...base, '--email', 'a@example.test'])).code).toBe(2);
    const unknown = await cli([
      'admin',
      'invite',
      '--tenant',
      'gone.tenant',
      '--username',
      'x1',
      '--email',
      'a@example.test',
      '--json',
    ]);
    expect(unknown.code).toBe(1);
    expect(jsonErrorOf(unknown).error).toBe('not_found');
    const taken = await cli([
      ...base,
      '--username',
      'TAKEN',
      '--email',
      'a@example.test',
      '--json',
    ]);
    expect(taken.code).toBe(1);
    expect(jsonErrorOf(taken).error).toBe('username_taken');
    expect(await t.db.prisma.user.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});
