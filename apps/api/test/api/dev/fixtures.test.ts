import { randomBytes } from 'node:crypto';
import type { DevFixturesResponse } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { createApp, testConfig, useTestApp } from '../../helpers/test-app.js';
import { codeFor, passwordStep, post } from '../../helpers/two-factor.js';

const URL = '/api/dev/fixtures';
const PASSWORD = 'fixture pass phrase 2026';
const PRODUCTION = {
  NODE_ENV: 'production',
  PASSWORD_HASHING: '',
  SESSION_SECRET: 'a-session-secret',
  TOTP_ENCRYPTION_KEY: 'a-totp-key',
};

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}.tenant`;

/** A request for a fresh reseller and, under it, the given customers. */
function underReseller(...customers: object[]) {
  const domain = unique('reseller');
  return {
    tenants: [
      { kind: 'reseller', domain, name: 'Reseller' },
      ...customers.map((customer) => ({ kind: 'customer', parentDomain: domain, ...customer })),
    ],
  };
}

function postFixtures(app: FastifyInstance, payload: object, remoteAddress = '127.0.0.1') {
  return app.inject({ method: 'POST', url: URL, payload, remoteAddress });
}

async function expectUnknownRoute(app: FastifyInstance, remoteAddress?: string) {
  const response = await postFixtures(app, { tenants: [] }, remoteAddress);
  expect(response.statusCode).toBe(404);
  expect(response.json()).toEqual({ error: 'not_found', message: `No route POST ${URL}` });
}

describe('POST /api/dev/fixtures (DEV_FIXTURES=true)', () => {
  const t = useTestApp({ env: { DEV_FIXTURES: 'true' } });

  async function create(payload: object): Promise<DevFixturesResponse> {
    const response = await postFixtures(t.app, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('makes a reseller with a customer and their users, who sign in as made', async () => {
    const [resellerDomain, customerDomain] = [unique('reseller'), unique('customer')];
    const made = await create({
      tenants: [
        {
          kind: 'reseller',
          domain: resellerDomain,
          name: 'Fixture Reseller',
          users: [{ username: 'rita', role: 'admin', password: PASSWORD, totp: true }],
        },
        {
          kind: 'customer',
          domain: customerDomain,
          name: 'Fixture Customer',
          parentDomain: resellerDomain,
          twoFactorRequiredFor: 'all',
          twoFactorGraceUntil: '2099-01-01T00:00:00.000Z',
          users: [
            {
              username: 'Alice',
              role: 'user',
              password: PASSWORD,
              displayName: 'Alice Fixture',
              email: 'alice@fixture.example',
              language: 'de',
            },
            { username: 'newcomer', role: 'admin' },
          ],
        },
      ],
    });
    const [reseller, customer] = made.tenants;
    expect(reseller).toMatchObject({ kind: 'reseller', domain: resellerDomain });
    expect(customer).toMatchObject({ kind: 'customer', domain: customerDomain });
    expect(customer?.users.map((user) => user.username)).toEqual(['Alice', 'newcomer']);
    expect(customer?.users[0]).not.toHaveProperty('totp');

    const stored = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { domain: customerDomain },
      include: { users: { include: { roles: { include: { role: true } } } } },
    });
    expect(stored).toMatchObject({
      parentId: reseller?.id,
      twoFactorRequiredFor: 'all',
      twoFactorGraceUntil: new Date('2099-01-01T00:00:00.000Z'),
    });
    const alice = stored.users.find((user) => user.username === 'Alice');
    expect(alice).toMatchObject({
      usernameKey: 'alice',
      displayName: 'Alice Fixture',
      email: 'alice@fixture.example',
      language: 'de',
    });
    expect(alice?.roles.map((r) => r.role.key)).toEqual(['user']);
    // No password given: like a user made under User management, before the mail's link.
    expect(stored.users.find((user) => user.username === 'newcomer')?.passwordHash).toBeNull();

    // Within the grace period a user without 2FA signs in with the password alone.
    const signedIn = await passwordStep(t.app, {
      tenantDomain: customerDomain,
      username: 'alice',
      password: PASSWORD,
    });
    expect(signedIn.status).toBe('authenticated');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: signedIn.cookie } });
    expect(me.json()).toMatchObject({ user: { displayName: 'Alice Fixture' } });
  });

  it('gives a user a confirmed authenticator whose code and recovery codes work', async () => {
    const domain = unique('totp');
    const made = await create(
      underReseller({
        domain,
        name: 'TOTP Customer',
        users: [{ username: 'tess', role: 'admin', password: PASSWORD, totp: true }],
      }),
    );
    const totp = made.tenants[1]?.users[0]?.totp;
    expect(totp?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totp?.recoveryCodes).toHaveLength(10);
    const { secret, recoveryCodes } = totp as { secret: string; recoveryCodes: string[] };
    const credentials = { tenantDomain: domain, username: 'tess', password: PASSWORD };

    // No code used yet: the step before now is still accepted, then now.
    for (const stepsAhead of [-1, 0]) {
      const { status, cookie } = await passwordStep(t.app, credentials);
      expect(status).toBe('totp_required');
      const answer = await post(t.app, '/api/auth/totp', cookie, {
        code: codeFor(secret, stepsAhead),
      });
      expect(answer.statusCode, answer.body).toBe(200);
    }

    const [recoveryCode] = recoveryCodes;
    for (const expected of [200, 401]) {
      const { cookie } = await passwordStep(t.app, credentials);
      const answer = await post(t.app, '/api/auth/recovery-code', cookie, { code: recoveryCode });
      expect(answer.statusCode).toBe(expected);
    }
  });

  it('adds users to a tenant that exists, and customers to an existing reseller', async () => {
    const resellerDomain = unique('reseller');
    await create({ tenants: [{ kind: 'reseller', domain: resellerDomain, name: 'R' }] });
    const made = await create({
      tenants: [
        { kind: 'customer', domain: unique('customer'), name: 'C', parentDomain: resellerDomain },
      ],
      users: [{ tenantDomain: resellerDomain, username: 'late', role: 'admin', totp: true }],
    });
    expect(made.users).toEqual([
      {
        id: expect.any(String),
        tenantDomain: resellerDomain,
        username: 'late',
        totp: { secret: expect.any(String), recoveryCodes: expect.any(Array) },
      },
    ]);
    const customer = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { id: made.tenants[0]?.id },
      include: { parent: true },
    });
    expect(customer.parent?.domain).toBe(resellerDomain);
  });

  it.each([
    ['an empty request', {}],
    [
      'a customer without its reseller',
      { tenants: [{ kind: 'customer', domain: 'o.tenant', name: 'O' }] },
    ],
    ['an upper-case domain', { tenants: [{ kind: 'customer', domain: 'Up.tenant', name: 'U' }] }],
    ['an unknown kind', { tenants: [{ kind: 'partner', domain: 'p.tenant', name: 'P' }] }],
    [
      'an unknown role',
      {
        tenants: [
          {
            kind: 'customer',
            domain: 'r.tenant',
            name: 'R',
            users: [{ username: 'u', role: 'root' }],
          },
        ],
      },
    ],
    [
      'a username against the rules',
      {
        tenants: [
          {
            kind: 'customer',
            domain: 'n.tenant',
            name: 'N',
            users: [{ username: '-x', role: 'user' }],
          },
        ],
      },
    ],
    [
      'a reseller under a reseller',
      { tenants: [{ kind: 'reseller', domain: 'rr.tenant', name: 'R', parentDomain: 'x.tenant' }] },
    ],
    [
      'a parent that is no reseller',
      {
        tenants: [{ kind: 'customer', domain: 'c.tenant', name: 'C', parentDomain: 'none.tenant' }],
      },
    ],
    [
      'a user of an unknown tenant',
      { users: [{ tenantDomain: 'none.tenant', username: 'u', role: 'user' }] },
    ],
  ])('refuses %s with 400 validation_error', async (_name, payload) => {
    const response = await postFixtures(t.app, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toBe('validation_error');
  });

  it('answers 409 for a taken domain or username, and makes nothing of that request', async () => {
    const taken = unique('taken');
    await create(underReseller({ domain: taken, name: 'Taken' }));
    const fresh = unique('fresh');
    const clash = await postFixtures(
      t.app,
      underReseller({ domain: fresh, name: 'Fresh' }, { domain: taken, name: 'Again' }),
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toBe('domain_taken');
    expect(await t.db.prisma.tenant.count({ where: { domain: fresh } })).toBe(0);

    const twice = await postFixtures(t.app, {
      users: [
        { tenantDomain: taken, username: 'same', role: 'user' },
        { tenantDomain: taken, username: 'SAME', role: 'user' },
      ],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toBe('username_taken');
  });

  it('is described in the OpenAPI document, under dev', async () => {
    const paths = (await t.app.inject({ url: '/api/docs/json' })).json().paths;
    expect(paths[URL]?.post?.tags).toEqual(['dev']);
  });

  it('is an unknown route to a caller that is not on this machine, whatever it forwards', async () => {
    await expectUnknownRoute(t.app, '203.0.113.7');
    const proxied = await createApp(t.db, { env: { DEV_FIXTURES: 'true', TRUST_PROXY: 'true' } });
    try {
      const response = await proxied.inject({
        method: 'POST',
        url: URL,
        payload: { tenants: [] },
        remoteAddress: '203.0.113.7',
        headers: { 'x-forwarded-for': '127.0.0.1' },
      });
      expect(response.statusCode).toBe(404);
    } finally {
      await proxied.close();
    }
  });

  it('is absent without DEV_FIXTURES', async () => {
    const app = await createApp(t.db);
    try {
      await expectUnknownRoute(app);
    } finally {
      await app.close();
    }
  });

  it('is absent in production, where DEV_FIXTURES stops the start', async () => {
    expect(() => testConfig({ ...PRODUCTION, DEV_FIXTURES: 'true' })).toThrow(ConfigError);
    const app = await createApp(t.db, { env: PRODUCTION });
    try {
      await expectUnknownRoute(app);
    } finally {
      await app.close();
    }
  });
});
