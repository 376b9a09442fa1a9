import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/security/totp.js';
import { freePort } from '../helpers/free-port.js';
import {
  buildApi,
  type RunningProcess,
  runCliProcess,
  startBuilt,
  stopProcess,
  waitFor,
} from '../helpers/processes.js';
import { receivedBy, startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { createEmptyDatabase, usesPostgres, useTestDatabase } from '../helpers/test-app.js';

/** The cookies a client keeps between requests: name → value, from every Set-Cookie. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function call(base: string, jar: CookieJar, method: string, url: string, body?: object) {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      cookie: jar.header(),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  jar.take(response);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/**
 * Production mode, twice, on one PostgreSQL database with shared secrets, as behind a load
 * balancer: the operator creates tenants and an administrator with the CLI, the administrator
 * follows the mailed link, signs in on instance A and is known on instance B, until the operator
 * deactivates the tenant.
 */
describe.skipIf(!usesPostgres())('two production instances and the operator CLI', () => {
  const database = useTestDatabase(createEmptyDatabase);
  const servers: RunningProcess[] = [];
  let smtp: TestSmtpServer;
  let env: Record<string, string>;
  let ports: [number, number];
  const base = (index: 0 | 1) => `http://127.0.0.1:${ports[index]}`;
  const cli = async (...args: string[]) => {
    const run = await runCliProcess(args, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    buildApi();
    smtp = await startSmtpServer();
    ports = [await freePort(), await freePort()];
    env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.database.url ?? '',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Portal <portal@example.test>',
      // What the load balancer's address would be; loopback may be plain http.
      PUBLIC_URL: base(0),
      HOST: '127.0.0.1',
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'warn',
    };
    // The run-book's order: migrations first, then the instances start.
    expect(await cli('migrate', '--json')).toMatchObject({ applied: expect.any(Array) });
    for (const port of ports)
      servers.push(startBuilt('server.js', [], { ...env, PORT: String(port) }));
  }, 90_000);

  async function instancesReady() {
    for (const [index, server] of servers.entries()) {
      await waitFor(
        async () => {
          if (server.child.exitCode !== null)
            throw new Error(`instance exited: ${server.stderr()}`);
          return fetch(`${base(index as 0 | 1)}/api/ready`).then(
            (r) => r.status === 200,
            () => false,
          );
        },
        45_000,
        `instance ${index} to be ready`,
      );
    }
  }

  afterAll(async () => {
    for (const server of servers) await stopProcess(server);
    await smtp?.close();
  });

  it('signs the invited administrator in on A, serves the session on B, and ends it on both', async () => {
    const reseller = await cli(
      'tenant',
      'create',
      '--kind',
      'reseller',
      '--name',
      'Northwind Partners',
      '--json',
    );
    const customer = await cli(
      'tenant',
      'create',
      '--kind',
      'customer',
      '--name',
      'Contoso',
      '--reseller',
      String(reseller.domain),
      '--json',
    );
    const tenantDomain = String(customer.domain);
    expect(tenantDomain).toMatch(/^contoso-\d{6}\.tenant$/);
    const invited = await cli(
      'admin',
      'invite',
      '--tenant',
      tenantDomain,
      '--username',
      'ops-admin',
      '--email',
      'ops-admin@example.test',
      '--json',
    );
    expect(invited.mail).toEqual({ delivery: 'smtp', sent: true });
    // The instances started meanwhile, as the operator worked.
    await instancesReady();

    const [mail] = receivedBy(smtp, 'ops-admin@example.test');
    const link = new URL(
      /http:\/\/\S+\/password\/reset#token=[\w-]+/.exec(mail?.text ?? '')?.[0] ?? 'http://missing',
    );
    expect(link.origin).toBe(base(0));
    const token = new URLSearchParams(link.hash.slice(1)).get('token') ?? '';
    const password = 'a fresh and long passphrase 7';

    const a = new CookieJar();
    const reset = await call(base(0), a, 'POST', '/api/auth/password/reset', { token, password });
    expect(reset).toMatchObject({ status: 200, body: { next: 'totp_enrollment_required' } });
    const login = await call(base(0), a, 'POST', '/api/auth/login', {
      tenantDomain,
      username: 'ops-admin',
      password,
    });
    expect(login.body.status).toBe('totp_enrollment_required');
    const enrollment = await call(base(0), a, 'POST', '/api/auth/totp/enrollment');
    expect(enrollment.status).toBe(200);
    const confirm = await call(base(0), a, 'POST', '/api/auth/totp/enrollment/confirm', {
      code: totpCode(String(enrollment.body.secret), Date.now()),
    });
    expect(confirm).toMatchObject({ status: 200, body: { status: 'authenticated' } });

    // The same browser, its next request routed to instance B.
    const onB = await call(base(1), a, 'GET', '/api/me');
    expect(onB.status).toBe(200);
    expect(onB.body.tenant).toMatchObject({ domain: tenantDomain });
    expect((await call(base(0), a, 'GET', '/api/me')).status).toBe(200);

    expect(await cli('tenant', 'deactivate', tenantDomain, '--json')).toMatchObject({
      status: 'deactivated',
    });
    for (const index of [0, 1] as const) {
      const refused = await call(base(index), a, 'GET', '/api/me');
      expect(refused.status, `instance ${index}`).toBe(401);
    }
    const again = await call(base(1), new CookieJar(), 'POST', '/api/auth/login', {
      tenantDomain,
      username: 'ops-admin',
      password,
    });
    expect(again.status).toBe(401);
  }, 90_000);
});
