import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createPasswordHasher, type PasswordHasher } from '../../src/security/password-hasher.js';
import { makeTenant, makeUser } from '../helpers/factories.js';
import { type Credentials, postLogin } from '../helpers/login.js';
import { createApp, useTestDatabase } from '../helpers/test-app.js';

const ROUNDS = 15;
const MAX_SPREAD = 0.25;
// A real leak (no dummy verify: ~1 ms against ~50 ms) shows in every measurement; noise from
// other test files on a busy machine does not. So a measurement is repeated a few times, and the
// property holds when one of them is clean.
const ATTEMPTS = 3;

type Case = 'unknown tenant' | 'unknown user' | 'wrong password';

/** Median response times of the three failure kinds, measured interleaved. */
async function measure(
  app: FastifyInstance,
  db: Database,
  make: Record<Case, (i: number) => Credentials>,
): Promise<Record<Case, number>> {
  const times: Record<Case, number[]> = {
    'unknown tenant': [],
    'unknown user': [],
    'wrong password': [],
  };
  const cases = Object.keys(times) as Case[];
  for (let i = 0; i < ROUNDS; i++) {
    // Rotate the order so that no kind always runs first (warm caches) or last.
    for (let k = 0; k < cases.length; k++) {
      const kind = cases[(i + k) % cases.length] as Case;
      // Each attempt starts without a failure streak, so none of them is cut short by the lock.
      await db.prisma.loginLockout.deleteMany();
      const start = process.hrtime.bigint();
      const response = await postLogin(app, make[kind](i));
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      expect(response.statusCode, `${kind} #${i}`).toBe(401);
      times[kind].push(elapsed);
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  return {
    'unknown tenant': median(times['unknown tenant']),
    'unknown user': median(times['unknown user']),
    'wrong password': median(times['wrong password']),
  };
}

function spread(medians: Record<Case, number>): number {
  const values = Object.values(medians);
  return (Math.max(...values) - Math.min(...values)) / Math.min(...values);
}

describe('login timing', () => {
  const ctx = useTestDatabase();
  let production: PasswordHasher;
  let make: Record<Case, (i: number) => Credentials>;

  beforeAll(async () => {
    production = await createPasswordHasher({ fast: false });
    const tenant = await makeTenant(ctx.db);
    const { user } = await makeUser(ctx.db, { tenantId: tenant.id });
    // The stored hash has the production parameters, as every real account has.
    await ctx.db.prisma.user.update({
      where: { id: user.id },
      data: { passwordHash: await production.hash('the real password') },
    });
    make = {
      'unknown tenant': (i) => ({
        tenantDomain: `unknown-${i}.tenant`,
        username: user.username,
        password: 'a wrong password',
      }),
      'unknown user': (i) => ({
        tenantDomain: tenant.domain,
        username: `nobody-${i}`,
        password: 'a wrong password',
      }),
      'wrong password': () => ({
        tenantDomain: tenant.domain,
        username: user.username,
        password: 'a wrong password',
      }),
    };
  });

  async function timedApp(hasher: PasswordHasher, run: (app: FastifyInstance) => Promise<void>) {
    const app = await createApp(ctx.db, { hasher });
    try {
      // Warm up every path (JIT, prepared statements, first argon2 allocation).
      for (const kind of Object.keys(make) as Case[]) await postLogin(app, make[kind](-1));
      await run(app);
    } finally {
      await app.close();
    }
  }

  it('takes the same time (medians within 25 %) for unknown tenant, unknown user and wrong password', async () => {
    await timedApp(production, async (app) => {
      const seen: string[] = [];
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const medians = await measure(app, ctx.db, make);
        seen.push(JSON.stringify(medians));
        if (spread(medians) < MAX_SPREAD) return;
      }
      expect.fail(`medians (ms) differ by 25 % or more in every attempt: ${seen.join(' ')}`);
    });
  }, 120_000);

  it('would notice a leak: without the dummy verify, unknown accounts answer much faster', async () => {
    const leaky: PasswordHasher = { ...production, verifyDummy: async () => false };
    await timedApp(leaky, async (app) => {
      const medians = await measure(app, ctx.db, make);
      expect(spread(medians)).toBeGreaterThan(MAX_SPREAD);
      expect(medians['unknown user']).toBeLessThan(medians['wrong password']);
    });
  }, 60_000);
});
