import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonErrorOf, jsonOf, runCliOn } from '../helpers/cli.js';
import { freePort } from '../helpers/free-port.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createEmptyDatabase, useTestDatabase } from '../helpers/test-app.js';

interface CheckJson {
  ok: boolean;
  findings: { check: string; ok: boolean; detail: string }[];
}

const t = useTestDatabase(createEmptyDatabase);

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

describe('portal migrate', () => {
  it('applies the pending migrations once, then finds nothing to do', async () => {
    const before = jsonOf<CheckJson>(await runCliOn(t.database, ['check', '--json']));
    expect(before.findings.find((f) => f.check === 'migrations')?.detail).toMatch(
      /^0 applied, \d+ pending/,
    );

    const first = jsonOf<{ applied: string[] }>(await runCliOn(t.database, ['migrate', '--json']));
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.applied[0]).toMatch(/_init$/);
    const second = await runCliOn(t.database, ['migrate']);
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toMatch(/: up to date, nothing to apply\n$/);
    expect(await t.db.prisma.permission.count()).toBeGreaterThan(0);
    const events = await t.db.prisma.auditEvent.findMany({
      where: { type: 'operator.command' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => (event.details as { command: string }).command)).toEqual([
      'migrate',
      'migrate',
    ]);
    expect(events[0]).toMatchObject({ actorUserId: null, userAgent: 'portal-cli', tenantId: null });
  });
});

describe('portal check', () => {
  it('prints configuration, database, migrations, keys and the SMTP relay it reached', async () => {
    const run = await runCliOn(t.database, ['check'], { SMTP_URL: smtp.url });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[1])).toEqual([
      'configuration',
      'database',
      'migrations',
      'totp-keys',
      'smtp',
    ]);
    expect(run.stdout).toContain('PUBLIC_URL http://portal.test');
    // http on a host that is not localhost: browsers would offer no passkeys there.
    expect(run.stdout).toContain('passkeys unavailable (PUBLIC_URL is not https');
    expect(run.stdout).toContain('none pending');
    expect(run.stdout).toContain(`127.0.0.1:${smtp.port} accepts mail`);
    const checks = await t.db.prisma.auditEvent.findMany({ where: { type: 'operator.command' } });
    expect(checks.map((event) => (event.details as { command: string }).command)).toContain(
      'check',
    );
  });

  it('fails (1) on an unreachable relay without repeating its password', async () => {
    const port = await freePort();
    const run = await runCliOn(t.database, ['check', '--json'], {
      SMTP_URL: `smtp://mailer:s3cret-pass@127.0.0.1:${port}`,
    });
    expect(run.code).toBe(1);
    const answer = JSON.parse(run.stdout) as CheckJson;
    expect(answer.ok).toBe(false);
    expect(answer.findings.find((f) => f.check === 'smtp')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(new RegExp(`^127\\.0\\.0\\.1:${port}: E[A-Z]+`)),
    });
    expect(run.stdout + run.stderr).not.toContain('s3cret-pass');
  });

  it('refuses a bad configuration in one line (1, config_error)', async () => {
    const run = await runCliOn(t.database, ['check', '--json'], { PUBLIC_URL: 'ftp://portal' });
    expect(run.code).toBe(1);
    expect(jsonErrorOf(run).error).toBe('config_error');
    expect(jsonErrorOf(run).message).toContain('PUBLIC_URL');
  });
});

describe('an unreachable database', () => {
  it('fails in one line (1) naming host and database, never the password', async () => {
    const port = await freePort();
    const run = await runCliOn(null, ['tenant', 'list'], {
      DATABASE_URL: `postgresql://someone:s3cretpw@127.0.0.1:${port}/portaldb`,
    });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      new RegExp(`^portal: cannot connect to the database at 127\\.0\\.0\\.1:${port}/portaldb: `),
    );
    expect(run.stderr).not.toContain('s3cretpw');
  });
});
