import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/index.js';
import { jsonErrorOf, jsonOf, runCliOn } from '../helpers/cli.js';
import { makeReseller, makeTenant, makeUser } from '../helpers/factories.js';
import { credentialsOf } from '../helpers/login.js';
import { useTestApp } from '../helpers/test-app.js';
import { activateAtSignIn } from '../helpers/two-factor.js';

interface TenantJson {
  id: string;
  domain: string;
  name: string;
  kind: string;
  status: string;
  reseller: string | null;
  changed?: boolean;
  fromReseller?: string | null;
}

const t = useTestApp();
const cli = (...args: string[]) => runCliOn(t.database, args);

async function operatorEvents(type: string) {
  const events = await t.db.prisma.auditEvent.findMany({ where: { type }, orderBy: { id: 'asc' } });
  return events.filter((event) => event.userAgent === 'portal-cli');
}

describe('portal tenant create', () => {
  it('creates a reseller with the chosen domain, audited as the operator', async () => {
    const run = await cli(
      'tenant',
      'create',
      '--kind',
      'reseller',
      '--name',
      'Initech',
      '--domain',
      'Initech.Tenant',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('created initech.tenant  reseller  active  "Initech"\n');
    const tenant = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { domain: 'initech.tenant' },
    });
    expect(tenant).toMatchObject({ kind: 'reseller', parentId: null, status: 'active' });
    const [event] = await operatorEvents('tenant.created');
    expect(event).toMatchObject({ tenantId: tenant.id, actorUserId: null, ip: null });
    expect(event?.details).toMatchObject({ actor: 'operator', domain: 'initech.tenant' });
  });

  it('makes a customer domain from the name and a 6-digit number, under its reseller (--json)', async () => {
    const reseller = await makeReseller(t.db);
    const tenant = jsonOf<TenantJson>(
      await cli(
        'tenant',
        'create',
        '--kind',
        'customer',
        '--name',
        'Globex Corp',
        '--reseller',
        reseller.domain,
        '--json',
      ),
    );
    expect(tenant).toMatchObject({
      kind: 'customer',
      name: 'Globex Corp',
      reseller: reseller.domain,
      status: 'active',
    });
    expect(tenant.domain).toMatch(/^globex-corp-\d{6}\.tenant$/);
    const row = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(row.parentId).toBe(reseller.id);
  });

  it('refuses a customer without a reseller, and a reseller with one, as wrong usage (2)', async () => {
    const noReseller = await cli('tenant', 'create', '--kind', 'customer', '--name', 'Lonely');
    expect(noReseller).toMatchObject({ code: 2, stdout: '' });
    expect(noReseller.stderr).toBe('portal: a customer needs its reseller: --reseller DOMAIN\n');
    const reseller = await makeReseller(t.db);
    const nested = await cli(
      'tenant',
      'create',
      '--kind',
      'reseller',
      '--name',
      'Sub',
      '--reseller',
      reseller.domain,
      '--json',
    );
    expect(nested.code).toBe(2);
    expect(jsonErrorOf(nested).error).toBe('usage');
    expect(await t.db.prisma.tenant.count({ where: { name: { in: ['Lonely', 'Sub'] } } })).toBe(0);
  });

  it('refuses a taken domain (1, domain_taken) and an unknown reseller (1, not_found)', async () => {
    const taken = await makeReseller(t.db);
    const clash = await cli(
      'tenant',
      'create',
      '--kind',
      'reseller',
      '--name',
      'Clash',
      '--domain',
      taken.domain,
      '--json',
    );
    expect(clash.code).toBe(1);
    expect(jsonErrorOf(clash)).toEqual({
      error: 'domain_taken',
      message: 'Another tenant already has this domain.',
    });
    const unknown = await cli(
      'tenant',
      'create',
      '--kind',
      'customer',
      '--name',
      'Orphan',
      '--reseller',
      'nobody.tenant',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('portal: No tenant has the domain nobody.tenant\n');
  });

  it('refuses malformed input as wrong usage: domain, kind, unknown option, missing name', async () => {
    for (const args of [
      ['--kind', 'reseller', '--name', 'Bad', '--domain', 'no_underscores.tenant'],
      ['--kind', 'reseller', '--name', 'Bad', '--domain', 'single-label'],
      ['--kind', 'partner', '--name', 'Bad'],
      ['--kind', 'reseller', '--name', 'Bad', '--colour', 'red'],
      ['--kind', 'reseller'],
      ['--kind', 'reseller', '--name', ''],
    ]) {
      const run = await cli('tenant', 'create', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^portal: /);
    }
  });
});

describe('portal tenant list and show', () => {
  it('lists the customers of a reseller and finds tenants by text', async () => {
    const reseller = await makeReseller(t.db, { name: 'Listing Reseller' });
    const other = await makeReseller(t.db);
    const mine = await makeTenant(t.db, { parentId: reseller.id, name: 'Umbrella Listed' });
    await makeTenant(t.db, { parentId: other.id, name: 'Not Mine' });
    const customers = jsonOf<TenantJson[]>(
      await cli('tenant', 'list', '--reseller', reseller.domain, '--json'),
    );
    expect(customers.map((c) => c.domain)).toEqual([mine.domain]);
    const found = jsonOf<TenantJson[]>(
      await cli('tenant', 'list', '--search', 'umbrella LIST', '--json'),
    );
    expect(found).toEqual([
      expect.objectContaining({ domain: mine.domain, reseller: reseller.domain, kind: 'customer' }),
    ]);
    const first = jsonOf<TenantJson[]>(
      await cli('--json', 'tenant', 'list', '--search', 'umbrella'),
    );
    expect(first.map((c) => c.domain)).toEqual([mine.domain]);
    const text = await cli('tenant', 'list', '--search', 'no such tenant anywhere');
    expect(text).toMatchObject({ code: 0, stdout: 'no tenants\n' });
    const all = jsonOf<TenantJson[]>(await cli('tenant', 'list', '--json'));
    expect(all.length).toBeGreaterThanOrEqual(4);
    // Resellers first.
    expect(all.findIndex((c) => c.kind === 'customer')).toBeGreaterThan(
      all.findLastIndex((c) => c.kind === 'reseller'),
    );
    const listed = (await operatorEvents('operator.command')).filter(
      (event) => event.tenantId === reseller.id,
    );
    expect(listed.map((event) => event.details)).toEqual([
      { actor: 'operator', command: 'tenant list' },
    ]);
  });

  it('shows users, administrators and their 2FA coverage', async () => {
    const tenant = await makeTenant(t.db);
    const admin = await makeUser(t.db, {
      tenantId: tenant.id,
      roles: ['admin'],
      username: 'covered-admin',
    });
    await makeUser(t.db, { tenantId: tenant.id, roles: ['admin'], username: 'plain-admin' });
    await makeUser(t.db, { tenantId: tenant.id });
    await activateAtSignIn(t.app, credentialsOf(admin));
    const shown = jsonOf<{
      users: { total: number; withTwoFactor: number };
      admins: { total: number; withTwoFactor: number; usernames: string[] };
    }>(await cli('tenant', 'show', tenant.domain, '--json'));
    expect(shown.users).toMatchObject({ total: 3, withTwoFactor: 1 });
    expect(shown.admins).toEqual({
      total: 2,
      active: 2,
      withTwoFactor: 1,
      usernames: ['covered-admin', 'plain-admin'],
    });
    const text = await cli('tenant', 'show', tenant.domain);
    expect(text.stdout).toContain(
      'admins: 2 (2 active), with 2FA: 1 (50 %): covered-admin, plain-admin',
    );
    const unknown = await cli('tenant', 'show', 'gone.tenant', '--json');
    expect(unknown.code).toBe(1);
    expect(jsonErrorOf(unknown).error).toBe('not_found');
    expect((await cli('tenant', 'show')).code).toBe(2);
    const shownEvents = (await operatorEvents('operator.command')).filter(
      (event) => event.tenantId === tenant.id,
    );
    expect(shownEvents.map((event) => event.details)).toEqual([
      { actor: 'operator', command: 'tenant show' },
      { actor: 'operator', command: 'tenant show' },
    ]);
  });
});

describe('portal tenant deactivate, activate and move', () => {
  it('deactivates and activates a tenant, audited once per change', async () => {
    const tenant = await makeTenant(t.db);
    const off = jsonOf<TenantJson>(await cli('tenant', 'deactivate', tenant.domain, '--json'));
    expect(off).toMatchObject({ status: 'deactivated', changed: true });
    const again = await cli('tenant', 'deactivate', tenant.domain);
    expect(again.stdout).toMatch(/^already deactivated: /);
    const on = jsonOf<TenantJson>(await cli('tenant', 'activate', tenant.domain, '--json'));
    expect(on).toMatchObject({ status: 'active', changed: true });
    const events = (await operatorEvents('tenant.deactivated')).concat(
      await operatorEvents('tenant.activated'),
    );
    expect(
      events.filter((e) => (e.details as { domain?: string }).domain === tenant.domain),
    ).toHaveLength(2);
    expect((await cli('tenant', 'activate', 'gone.tenant')).code).toBe(1);
  });

  it('moves a customer to another reseller and refuses what is not a customer or reseller', async () => {
    const from = await makeReseller(t.db);
    const to = await makeReseller(t.db);
    const customer = await makeTenant(t.db, { parentId: from.id });
    const moved = jsonOf<TenantJson>(
      await cli('tenant', 'move', customer.domain, '--reseller', to.domain, '--json'),
    );
    expect(moved).toMatchObject({ reseller: to.domain, fromReseller: from.domain, changed: true });
    expect(
      (await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: customer.id } })).parentId,
    ).toBe(to.id);
    const events = await operatorEvents('tenant.moved');
    expect(events.map((e) => e.tenantId).sort()).toEqual([from.id, to.id].sort());

    const notCustomer = await cli('tenant', 'move', from.domain, '--reseller', to.domain, '--json');
    expect(notCustomer.code).toBe(1);
    expect(jsonErrorOf(notCustomer).error).toBe('wrong_kind');
    const notReseller = await cli('tenant', 'move', customer.domain, '--reseller', customer.domain);
    expect(notReseller.code).toBe(1);
    expect((await cli('tenant', 'move', customer.domain)).code).toBe(2);
  });
});

describe('portal --help and wrong usage', () => {
  it('prints help for every command (exit 0) and names its synopsis', async () => {
    for (const command of COMMANDS) {
      const run = await runCliOn(null, [...command.name.split(' '), '--help']);
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toContain(`usage: portal ${command.usage}`);
    }
    const overview = await runCliOn(null, ['--help']);
    expect(overview.code).toBe(0);
    for (const command of COMMANDS) expect(overview.stdout).toContain(command.name);
  });

  it('answers 2 for no command, an unknown one, and a group without its command', async () => {
    expect((await runCliOn(null, [])).code).toBe(2);
    const unknown = await runCliOn(null, ['tenant', 'explode', '--json']);
    expect(unknown.code).toBe(2);
    expect(jsonErrorOf(unknown).error).toBe('usage');
    const group = await runCliOn(null, ['tenant']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('tenant create');
  });
});
