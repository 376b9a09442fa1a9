import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { lockoutKey } from '../../../src/plugins/app/lockout.js';
import type { PasswordHasher } from '../../../src/security/password-hasher.js';
import { auditEventsForUsername, toJson } from '../../helpers/audit.js';
import { makeTenant, makeUser } from '../../helpers/factories.js';
import {
  type Credentials,
  credentialsOf,
  expectRetryLater,
  postLogin,
} from '../../helpers/login.js';
import { createApp, testHasher, useTestApp } from '../../helpers/test-app.js';

const INVALID = {
  error: 'invalid_credentials',
  message: 'The tenant domain, username or password is incorrect.',
};

/** The audit trail of five failures and one more attempt during the lock they started. */
const LOCKOUT_EVENTS = [
  'login.failed',
  'login.failed',
  'login.failed',
  'login.failed',
  'login.failed',
  'login.locked',
  'login.blocked',
];

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
const expectStillLocked = expectRetryLater;

describe('per-account progressive lockout', () => {
  const ctx = useTestApp();

  const account = async () => credentialsOf(await makeUser(ctx.db));
  const wrong = (credentials: Credentials) => ({ ...credentials, password: 'wrong password' });

  /** Lets the current lock run out, as if its time had passed. */
  async function expireLock(credentials: Credentials) {
    const key = lockoutKey(credentials);
    const updated = await ctx.db.prisma.loginLockout.updateMany({
      where: { accountKey: key },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(updated.count).toBe(1);
  }

  async function failFourTimes(credentials: Credentials) {
    for (let i = 0; i < 4; i++) {
      const response = await postLogin(ctx.app, wrong(credentials));
      expect(response.statusCode, `attempt ${i + 1}`).toBe(401);
      expect(response.json()).toEqual(INVALID);
    }
  }

  /** Four failures and the fifth, which starts the first lock (60 s). */
  async function lockOut(credentials: Credentials) {
    await failFourTimes(credentials);
    await postLogin(ctx.app, wrong(credentials));
  }

  it('answers 4 failures with 401 and locks for 60 s at the 5th', async () => {
    const credentials = await account();
    await failFourTimes(credentials);
    expectTooManyAttempts(await postLogin(ctx.app, wrong(credentials)), 60);
  });

  it('refuses the correct password during the lockout with 429, and starts no session', async () => {
    const credentials = await account();
    await lockOut(credentials);
    const response = await postLogin(ctx.app, credentials);
    expectStillLocked(response, 60);
    expect(response.cookies).toEqual([]);
    const sessions = await ctx.db.prisma.session.count({
      where: { user: { usernameKey: credentials.username.toLowerCase() } },
    });
    expect(sessions).toBe(0);
  });

  it('doubles the lock with each further failure after it ran out, up to 15 minutes', async () => {
    const credentials = await account();
    await failFourTimes(credentials);
    expectTooManyAttempts(await postLogin(ctx.app, wrong(credentials)), 60);
    let current = 60;
    for (const seconds of [120, 240, 480, 900, 900]) {
      // While the lock runs, even wrong guesses are not counted, and the lock does not grow.
      expectStillLocked(await postLogin(ctx.app, wrong(credentials)), current);
      await expireLock(credentials);
      expectTooManyAttempts(await postLogin(ctx.app, wrong(credentials)), seconds);
      current = seconds;
    }
  });

  it('lets the correct password in once the lock ran out, and that resets the streak', async () => {
    const credentials = await account();
    await lockOut(credentials);
    await expireLock(credentials);
    const response = await postLogin(ctx.app, credentials);
    expect(response.statusCode).toBe(200);
    // A new streak: again four 401s before the next lock, which is again 60 s.
    await failFourTimes(credentials);
    expectTooManyAttempts(await postLogin(ctx.app, wrong(credentials)), 60);
  });

  it('resets the streak on a success before the lock', async () => {
    const credentials = await account();
    await failFourTimes(credentials);
    expect((await postLogin(ctx.app, credentials)).statusCode).toBe(200);
    await failFourTimes(credentials);
    expectTooManyAttempts(await postLogin(ctx.app, wrong(credentials)), 60);
  });

  it('does not lock other accounts, even in the same tenant', async () => {
    const locked = await account();
    await lockOut(locked);
    const { user, password } = await makeUser(ctx.db, {
      tenantId: (
        await ctx.db.prisma.tenant.findUniqueOrThrow({
          where: { domain: locked.tenantDomain },
        })
      ).id,
    });
    const other = await postLogin(ctx.app, {
      tenantDomain: locked.tenantDomain,
      username: user.username,
      password,
    });
    expect(other.statusCode).toBe(200);
  });

  it('treats unknown users and unknown tenants exactly like a real account', async () => {
    const real = await account();
    const tenant = await makeTenant(ctx.db);
    const unknownUser = { ...real, tenantDomain: tenant.domain, username: `ghost-${suffix()}` };
    const unknownTenant = { ...real, tenantDomain: `nowhere-${suffix()}.tenant` };

    const trace = async (credentials: Credentials) => {
      const answers: { status: number; body: unknown; retryAfter: unknown }[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await postLogin(ctx.app, wrong(credentials));
        answers.push({
          status: response.statusCode,
          body: response.json(),
          retryAfter: response.headers['retry-after'],
        });
      }
      const locked = await postLogin(ctx.app, credentials);
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
    await lockOut(credentials);
    await postLogin(ctx.app, credentials);
    const events = await auditEventsForUsername(ctx.db, credentials.username.toLowerCase());
    expect(events.map((e) => e.type)).toEqual(LOCKOUT_EVENTS);
    expect(events[5]?.details).toMatchObject({ lockSeconds: 60 });
    const tenant = await ctx.db.prisma.tenant.findUniqueOrThrow({
      where: { domain: credentials.tenantDomain },
    });
    for (const event of events) expect(event.tenantId).toBe(tenant.id);
    expect(toJson(events)).not.toContain(credentials.password);
  });

  it('writes the same lockout events for an unknown account (tenant unknown: null)', async () => {
    const ghost = { tenantDomain: `nowhere-${suffix()}.tenant`, username: 'ghost', password: 'x' };
    for (let i = 0; i < 6; i++) await postLogin(ctx.app, ghost);
    const events = await auditEventsForUsername(ctx.db, 'ghost');
    const mine = events.filter(
      (e) => (e.details as { tenantDomain?: string }).tenantDomain === ghost.tenantDomain,
    );
    expect(mine.map((e) => e.type)).toEqual(LOCKOUT_EVENTS);
    for (const event of mine) expect(event.tenantId).toBeNull();
  });

  it('is shared by API instances on the same database', async () => {
    const other = await createApp(ctx.db);
    try {
      const credentials = await account();
      for (const instance of [ctx.app, other, ctx.app, other]) {
        expect((await postLogin(instance, wrong(credentials))).statusCode).toBe(401);
      }
      expectTooManyAttempts(await postLogin(other, wrong(credentials)), 60);
      expectStillLocked(await postLogin(ctx.app, credentials), 60);
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
    const counted = await createApp(ctx.db, { hasher: counting });
    try {
      const credentials = await account();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => postLogin(counted, wrong(credentials))),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses.filter((s) => s === 401)).toHaveLength(4);
      expect(statuses.filter((s) => s === 429)).toHaveLength(16);
      expect(verifications).toBe(5);
      const events = await auditEventsForUsername(ctx.db, credentials.username.toLowerCase());
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
