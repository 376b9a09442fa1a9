import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { actIn } from '../../helpers/reseller.js';
import { useTestApp } from '../../helpers/test-app.js';

/**
 * Every API route that takes an id or lists tenant data, called by people who must not reach the
 * third tenant's data: each answer is 404 (or 403 for a missing permission), never its data.
 * The routes come from the OpenAPI document, so a new route fails this test until it is listed.
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RouteProbe {
  /** A valid body, so that validation passes and the lookup is what answers. */
  body?: (victim: Victim) => object;
  /** Lists answer 200 with the caller's own data: they must not contain the victim's. */
  list?: true;
  /** The victim's own reseller may rightly list and enter the victim's tenant. */
  resellerDirectory?: true;
}

const OWN_RESELLER = 'own reseller acting in another customer';
const SAME_TENANT = 'plain user of the third tenant';

interface Victim {
  tenantId: string;
  tenantDomain: string;
  userId: string;
  username: string;
  sessionId: string;
  passkeyId: string;
}

let probeCount = 0;

/** Routes of tenant data by id, and tenant-scoped lists. */
const PROBES: Record<string, RouteProbe> = {
  'GET /api/users': { list: true },
  'POST /api/users': {
    list: true,
    body: () => ({
      username: `probe-${++probeCount}`,
      email: 'p@example.test',
      role: 'user',
    }),
  },
  'GET /api/users/{userId}': {},
  'PATCH /api/users/{userId}': { body: () => ({ displayName: 'taken over' }) },
  'DELETE /api/users/{userId}': {},
  'POST /api/users/{userId}/password-reset': {},
  'POST /api/users/{userId}/two-factor/reset': {},
  'PUT /api/users/{userId}/rsp-link': { body: () => ({ subject: `probe-${++probeCount}` }) },
  'DELETE /api/users/{userId}/rsp-link': {},
  'GET /api/customers': { list: true, resellerDirectory: true },
  // Another reseller adds a customer of its own: nothing of the victim is touched or shown.
  'POST /api/customers': {
    list: true,
    resellerDirectory: true,
    body: () => ({
      name: `Probe ${++probeCount}`,
      admin: { username: 'probe-admin', email: 'p@example.test' },
    }),
  },
  'PATCH /api/customers/{tenantId}': {
    resellerDirectory: true,
    body: () => ({ status: 'deactivated' }),
  },
  'POST /api/session/tenant': {
    body: (victim) => ({ tenantId: victim.tenantId }),
    resellerDirectory: true,
  },
  'GET /api/sessions': { list: true },
  'DELETE /api/sessions/{sessionId}': {},
  'POST /api/sessions/revoke-others': { list: true },
  'GET /api/tenant/settings': { list: true },
  'PUT /api/tenant/settings': {
    list: true,
    body: () => ({ twoFactorRequiredFor: 'all', twoFactorGraceUntil: null }),
  },
  'GET /api/audit-events': { list: true },
  // Own passkeys: another account's passkey id is unknown here, in every tenant.
  'GET /api/account/passkeys': { list: true },
  'PATCH /api/account/passkeys/{passkeyId}': { body: () => ({ name: 'taken over' }) },
  'DELETE /api/account/passkeys/{passkeyId}': {},
};

/** Routes that hold no tenant data by id (sign-in steps, own account, health, docs). */
const NOT_TENANT_DATA = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/totp',
  'POST /api/auth/recovery-code',
  'POST /api/auth/totp/enrollment',
  'POST /api/auth/totp/enrollment/confirm',
  'POST /api/auth/password/forgot',
  'POST /api/auth/password/reset/verify',
  'POST /api/auth/password/reset',
  'GET /api/auth/options',
  'GET /api/auth/rsp/login',
  'GET /api/auth/rsp/callback',
  'GET /api/auth/rsp/logout',
  'POST /api/account/two-factor/disable',
  'POST /api/account/reauthenticate',
  'POST /api/account/password',
  'PUT /api/account/email',
  'PUT /api/account/language',
  'GET /api/account/recovery-codes',
  'POST /api/account/recovery-codes',
  // Passkey ceremonies: the user comes from the session or the pending sign-in step, and a
  // passwordless sign-in from the credential itself (its own tests cover other tenants).
  'POST /api/auth/passkeys/registration/options',
  'POST /api/auth/passkeys/registration',
  'POST /api/auth/passkeys/second-factor/options',
  'POST /api/auth/passkeys/second-factor',
  'POST /api/auth/passkeys/sign-in/options',
  'POST /api/auth/passkeys/sign-in',
  'POST /api/account/reauthenticate/passkey/options',
  'POST /api/account/reauthenticate/passkey',
  'GET /api/me',
  'GET /api/health',
  'GET /api/ready',
  'GET /api/dev/outbox',
  'GET /api/dev/outbox/page',
]);

function apiRoutes(app: FastifyInstance): string[] {
  const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([url, operations]) =>
    Object.keys(operations)
      .filter((method) => method !== 'head')
      .map((method) => `${method.toUpperCase()} ${url}`),
  );
}

function urlFor(route: string, victim: Victim): { method: Method; url: string } {
  const [method, template] = route.split(' ') as [Method, string];
  const url = template
    .replace('{userId}', victim.userId)
    .replace('{sessionId}', victim.sessionId)
    .replace('{passkeyId}', victim.passkeyId)
    .replace('{tenantId}', victim.tenantId);
  return { method, url };
}

// Reseller-portal sign-in on (discovered lazily: nothing listens there), so linking is live too.
const RESELLER_PORTAL = {
  RSP_ISSUER_URL: 'http://127.0.0.1:9',
  RSP_CLIENT_ID: 'isolation-test',
  RSP_CLIENT_SECRET: 'isolation-test-secret',
};

describe('isolation: no route reaches another tenant', () => {
  const t = useTestApp({ env: RESELLER_PORTAL });
  let victim: Victim;
  const attackers: Record<string, string> = {};

  beforeAll(async () => {
    // The third tenant: a customer of reseller A, with an admin who is signed in.
    const resellerA = await makeReseller(t.db);
    const third = await makeTenant(t.db, { parentId: resellerA.id, name: 'Third' });
    const victimAdmin = await makeUser(t.db, {
      tenantId: third.id,
      roles: ['admin'],
      username: 'victim',
      email: 'victim@example.test',
    });
    await makeUser(t.db, { tenantId: third.id, roles: ['admin'], username: 'victim-2' });
    await loginAs(t.app, credentialsOf(victimAdmin));
    const session = await t.db.prisma.session.findFirstOrThrow({
      where: { userId: victimAdmin.user.id },
    });
    const passkey = await t.db.prisma.webauthnCredential.create({
      data: {
        userId: victimAdmin.user.id,
        credentialId: 'victim-credential',
        publicKey: Buffer.from('not a real key'),
        transports: ['internal'],
        deviceType: 'singleDevice',
        backedUp: false,
        name: 'victim key',
      },
    });
    victim = {
      tenantId: third.id,
      tenantDomain: third.domain,
      userId: victimAdmin.user.id,
      username: 'victim',
      sessionId: session.id,
      passkeyId: passkey.id,
    };

    // Another customer of the same reseller, with its admin and a plain user.
    const sibling = await makeTenant(t.db, { parentId: resellerA.id, name: 'Sibling' });
    attackers['admin of another customer'] = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: sibling.id, roles: ['admin'] })),
    );
    attackers['plain user of another customer'] = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: sibling.id, roles: ['user'] })),
    );
    attackers[SAME_TENANT] = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: third.id, roles: ['user'] })),
    );

    // Another reseller, in its own tenant and acting in its own customer.
    const resellerB = await makeReseller(t.db);
    const customerOfB = await makeTenant(t.db, { parentId: resellerB.id });
    const resellerAdminB = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: resellerB.id, roles: ['admin'] })),
    );
    attackers['admin of another reseller'] = resellerAdminB;
    const resellerAdminB2 = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: resellerB.id, roles: ['admin'] })),
    );
    attackers["another reseller's admin acting in its customer"] = await actIn(
      t.app,
      resellerAdminB2,
      customerOfB.id,
    );

    // The third tenant's own reseller, acting in the sibling: not in the third tenant now.
    const resellerAdminA = await loginAs(
      t.app,
      credentialsOf(await makeUser(t.db, { tenantId: resellerA.id, roles: ['admin'] })),
    );
    attackers[OWN_RESELLER] = await actIn(t.app, resellerAdminA, sibling.id);
  });

  it('classifies every API route (a new route must be added to this test)', () => {
    const unclassified = apiRoutes(t.app).filter(
      (route) => !(route in PROBES) && !NOT_TENANT_DATA.has(route),
    );
    expect(unclassified).toEqual([]);
    for (const route of Object.keys(PROBES)) expect(apiRoutes(t.app)).toContain(route);
  });

  it.each(Object.keys(PROBES))('%s', async (route) => {
    const probe = PROBES[route] as RouteProbe;
    for (const [attacker, cookie] of Object.entries(attackers)) {
      if (probe.resellerDirectory && attacker === OWN_RESELLER) continue;
      const { method, url } = urlFor(route, victim);
      const response = await t.app.inject({
        method,
        url,
        headers: { cookie },
        ...(probe.body ? { payload: probe.body(victim) } : {}),
      });
      const context = `${attacker}: ${route} → ${response.statusCode} ${response.body}`;
      expect([200, 201, 204, 403, 404], context).toContain(response.statusCode);
      if (!probe.list) expect([403, 404], context).toContain(response.statusCode);
      if (response.statusCode >= 400) {
        expect(['not_found', 'forbidden'], context).toContain(response.json().error);
      }
      // A plain user of the third tenant may see its name; nobody else may see anything of it.
      const tenantSecrets = attacker === SAME_TENANT ? [] : [victim.tenantId, victim.tenantDomain];
      const victimIds = [victim.userId, victim.sessionId, victim.passkeyId];
      for (const secret of [...tenantSecrets, ...victimIds, 'victim']) {
        expect(response.body, context).not.toContain(secret);
      }
    }
  });

  it("leaves the third tenant's data as it was", async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: victim.userId } });
    expect(user).toMatchObject({
      displayName: 'Test User',
      status: 'active',
      externalSubject: null,
    });
    expect(user.passwordHash).not.toBeNull();
    const session = await t.db.prisma.session.findUniqueOrThrow({
      where: { id: victim.sessionId },
    });
    expect(session.revokedAt).toBeNull();
    const tenant = await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: victim.tenantId } });
    expect(tenant.twoFactorRequiredFor).toBe('admins');
    expect(await t.db.prisma.passwordResetToken.count({ where: { userId: victim.userId } })).toBe(
      0,
    );
    expect(await t.db.prisma.user.count({ where: { tenantId: victim.tenantId } })).toBe(3);
    expect(await t.db.prisma.totpCredential.count({ where: { userId: victim.userId } })).toBe(1);
    const passkey = await t.db.prisma.webauthnCredential.findUniqueOrThrow({
      where: { id: victim.passkeyId },
    });
    expect(passkey.name).toBe('victim key');
  });
});
