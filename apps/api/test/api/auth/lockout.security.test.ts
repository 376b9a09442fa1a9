import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountKey } from '../../../src/plugins/app/login-throttle.js';
import type { PasswordHasher } from '../../../src/security/password-hasher.js';
import { auditEventsForUsername, toJson } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import { type Credentials, postLogin } from '../../helpers/login.js';
import {
  createApp,
  createDatabase,
  type TestDatabase,
  testHasher,
} from '../../helpers/test-app.js';

const INVALID = {
  error: 'invalid_credentials',
  message: 'The tenant domain, username or password is incorrect.',
};

function expectTooManyAttempts(response: LightMyRequestResponse, retryAfterSeconds: number) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['retry-after']).toBe(String(retryAfterSeconds));
  expect(response.json()).toEqual({
    error: 'too_many_attempts',
    message: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    retryAfterSeconds,
  });
  expect(response.cookies).toEqual([]);
}

/** What a locked-out caller sees while the lock runs: 429 with the time that is left. */
function expectStillLocked(response: LightMyRequestResponse, atMostSeconds: number) {
  expect(response.statusCode).toBe(429);
  const body = response.json();
  expect(body.error).toBe('too_many_attempts');
  expect(body.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(body.retryAfterSeconds).toBeLessThanOrEqual(atMostSeconds);
  expect(response.headers['retry-after']).toBe(String(body.retryAfterSeconds));
}

describe('per-account progressive lockout', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createDatabase();
    app = await createApp(database.db);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function account(): Promise<Credentials> {
    const { tenant, user, password } = await makeUser(database.db);
    return { tenantDomain: tenant.domain, username: user.username, password: password as string };
  }
  const wrong = (credentials: Credentials) => ({ ...credentials, password: 'wrong password' });

  /** Lets the current lock run out, as if its time had passed. */
  async function expireLock(credentials: Credentials) {
    const key = accountKey(credentials.tenantDomain, credentials.username.toLowerCase());
    const updated = await database.db.prisma.loginLockout.updateMany({
      where: { accountKey: key },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(updated.count).toBe(1);
  }

  async function failFourTimes(app: FastifyInstance, credentials: Credentials) {
    for (let i = 0; i < 4; i++) {
      const response = await postLogin(app, wrong(credentials));
      expect(response.statusCode, `attempt ${i + 1}`).toBe(401);
      expect(response.json()).toEqual(INVALID);
    }
  }

  it('answers 4 failures with 401 and locks for 60 s at the 5th', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    expectTooManyAttempts(await postLogin(app, wrong(credentials)), 60);
  });

  it('refuses the correct password during the lockout with 429, and starts no session', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    await postLogin(app, wrong(credentials));
    const response = await postLogin(app, credentials);
    expectStillLocked(response, 60);
    expect(response.cookies).toEqual([]);
    const sessions = await database.db.prisma.session.count({
      where: { user: { usernameKey: credentials.username.toLowerCase() } },
    });
    expect(sessions).toBe(0);
  });

  it('doubles the lock with each further failure after it ran out, up to 15 minutes', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    expectTooManyAttempts(await postLogin(app, wrong(credentials)), 60);
    let current = 60;
    for (const seconds of [120, 240, 480, 900, 900]) {
      // While the lock runs, even wrong guesses are not counted, and the lock does not grow.
      expectStillLocked(await postLogin(app, wrong(credentials)), current);
      await expireLock(credentials);
      expectTooManyAttempts(await postLogin(app, wrong(credentials)), seconds);
      current = seconds;
    }
  });

  it('lets the correct password in once the lock ran out, and that resets the streak', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    await postLogin(app, wrong(credentials));
    await expireLock(credentials);
    const response = await postLogin(app, credentials);
    expect(response.statusCode).toBe(200);
    // A new streak: again four 401s before the next lock, which is again 60 s.
    await failFourTimes(app, credentials);
    expectTooManyAttempts(await postLogin(app, wrong(credentials)), 60);
  });

  it('resets the streak on a success before the lock', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    expect((await postLogin(app, credentials)).statusCode).toBe(200);
    await failFourTimes(app, credentials);
    expectTooManyAttempts(await postLogin(app, wrong(credentials)), 60);
  });

  it('does not lock other accounts, even in the same tenant', async () => {
    const locked = await account();
    await failFourTimes(app, locked);
    await postLogin(app, wrong(locked));
    const { user, password } = await makeUser(database.db, {
      tenantId: (
        await database.db.prisma.tenant.findUniqueOrThrow({
          where: { domain: locked.tenantDomain },
        })
      ).id,
    });
    const other = await postLogin(app, {
      tenantDomain: locked.tenantDomain,
      username: user.username,
      password,
    });
    expect(other.statusCode).toBe(200);
  });

  it('treats unknown users and unknown tenants exactly like a real account', async () => {
    const real = await account();
    const tenant = await makeTenant(database.db);
    const unknownUser = { ...real, tenantDomain: tenant.domain, username: `ghost-${suffix()}` };
    const unknownTenant = { ...real, tenantDomain: `nowhere-${suffix()}.tenant` };

    const trace = async (credentials: Credentials) => {
      const answers: { status: number; body: unknown; retryAfter: unknown }[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await postLogin(app, wrong(credentials));
        answers.push({
          status: response.statusCode,
          body: response.json(),
          retryAfter: response.headers['retry-after'],
        });
      }
      const locked = await postLogin(app, credentials);
      answers.push({ status: locked.statusCode, body: locked.json().error, retryAfter: '-' });
      return answers;
    };
    const expected = await trace(real);
    expect(expected.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429]);
    expect(await trace(unknownUser)).toEqual(expected);
    expect(await trace(unknownTenant)).toEqual(expected);
  });

  it('writes login.locked when a lock starts and login.blocked for attempts during it', async () => {
    const credentials = await account();
    await failFourTimes(app, credentials);
    await postLogin(app, wrong(credentials));
    await postLogin(app, credentials);
    const events = await auditEventsForUsername(database.db, credentials.username.toLowerCase());
    expect(events.map((e) => e.type)).toEqual([
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.locked',
      'login.blocked',
    ]);
    expect(events[5]?.details).toMatchObject({ lockSeconds: 60 });
    const tenant = await database.db.prisma.tenant.findUniqueOrThrow({
      where: { domain: credentials.tenantDomain },
    });
    for (const event of events) expect(event.tenantId).toBe(tenant.id);
    expect(toJson(events)).not.toContain(credentials.password);
  });

  it('writes the same lockout events for an unknown account (tenant unknown: null)', async () => {
    const ghost = { tenantDomain: `nowhere-${suffix()}.tenant`, username: 'ghost', password: 'x' };
    for (let i = 0; i < 6; i++) await postLogin(app, ghost);
    const events = await auditEventsForUsername(database.db, 'ghost');
    const mine = events.filter(
      (e) => (e.details as { tenantDomain?: string }).tenantDomain === ghost.tenantDomain,
    );
    expect(mine.map((e) => e.type)).toEqual([
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.locked',
      'login.blocked',
    ]);
    for (const event of mine) expect(event.tenantId).toBeNull();
  });

  it('is shared by API instances on the same database', async () => {
    const other = await createApp(database.db);
    try {
      const credentials = await account();
      for (const instance of [app, other, app, other]) {
        expect((await postLogin(instance, wrong(credentials))).statusCode).toBe(401);
      }
      expectTooManyAttempts(await postLogin(other, wrong(credentials)), 60);
      expectStillLocked(await postLogin(app, credentials), 60);
      expectStillLocked(await postLogin(other, credentials), 60);
    } finally {
      await other.close();
    }
  });

  it('verifies at most 5 passwords for 20 concurrent wrong guesses', async () => {
    const inner = await testHasher();
    let verifications = 0;
    const counting: PasswordHasher = {
      ...inner,
      verify: (hash, password) => {
        verifications++;
        return inner.verify(hash, password);
      },
      verifyDummy: (password) => {
        verifications++;
        return inner.verifyDummy(password);
      },
    };
    const counted = await createApp(database.db, { hasher: counting });
    try {
      const credentials = await account();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => postLogin(counted, wrong(credentials))),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses.filter((s) => s === 401)).toHaveLength(4);
      expect(statuses.filter((s) => s === 429)).toHaveLength(16);
      expect(verifications).toBe(5);
      const events = await auditEventsForUsername(database.db, credentials.username.toLowerCase());
      expect(events.filter((e) => e.type === 'login.failed').length).toBeLessThanOrEqual(5);
      expect(events.filter((e) => e.type === 'login.failed')).toHaveLength(5);
      // Even the right password is refused now.
      expectStillLocked(await postLogin(counted, credentials), 60);
    } finally {
      await counted.close();
    }
  });
});

const suffix = () => randomBytes(4).toString('hex');
