import type { ForgotPasswordRequest } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { createApp, useTestApp } from '../../helpers/test-app.js';

const CALLS = 30;
const WARM_UP = 5;
const MAX_SPREAD = 0.15;
// Noise from other test files on a busy machine shows in some measurements, a real difference
// in all of them: the property holds when one of a few measurements is clean.
const ATTEMPTS = 3;

type Kind = 'known' | 'unknown';

/**
 * An answer takes about a millisecond, so a busy machine's hiccups (5 to 100 ms) land on many
 * calls, but they only ever add time; a leak adds to every call of its kind. The lower quartile
 * shows the leak and rarely the noise (the control run below shows that it sees the leak).
 */
const lowerQuartile = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 4)] ?? 0;

const spread = ({ known, unknown }: Record<Kind, number>) =>
  Math.abs(known - unknown) / Math.min(known, unknown);

describe('"password forgotten" timing', () => {
  const t = useTestApp();
  let bodies: Record<Kind, ForgotPasswordRequest>;

  beforeAll(async () => {
    const { user, tenant } = await makeUser(t.db, { email: 'known@example.test' });
    bodies = {
      known: { tenantDomain: tenant.domain, username: user.username },
      unknown: { tenantDomain: tenant.domain, username: 'nobody-at-all' },
    };
  });

  /** Answer times (ms, lower quartiles) for the known and the unknown account, interleaved. */
  async function measure(app: FastifyInstance, net: number): Promise<Record<Kind, number>> {
    const times: Record<Kind, number[]> = { known: [], unknown: [] };
    // The first rounds warm up both paths (JIT, prepared statements, the mail's templates).
    for (let i = -WARM_UP; i < CALLS; i++) {
      for (const kind of i % 2
        ? (['known', 'unknown'] as const)
        : (['unknown', 'known'] as const)) {
        // Under its hourly limit every time, the known account gets the whole work: link and mail.
        await t.db.prisma.passwordResetToken.deleteMany();
        // Different addresses, so the silent per-IP limit never changes what is measured.
        const remoteAddress = `10.${net}.${i + WARM_UP}.${kind === 'known' ? 1 : 2}`;
        const start = process.hrtime.bigint();
        const answer = await app.inject({
          method: 'POST',
          url: '/api/auth/password/forgot',
          payload: bodies[kind],
          remoteAddress,
        });
        if (i >= 0) times[kind].push(Number(process.hrtime.bigint() - start) / 1e6);
        expect(answer.statusCode).toBe(202);
        expect(answer.body).toBe('{"status":"accepted"}');
        await app.background.idle();
      }
    }
    return { known: lowerQuartile(times.known), unknown: lowerQuartile(times.unknown) };
  }

  it('answers a known and an unknown account alike, within 15 % (30 calls each)', async () => {
    const seen: string[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const times = await measure(t.app, 10 + attempt);
      seen.push(JSON.stringify(times));
      if (spread(times) < MAX_SPREAD) return;
    }
    expect.fail(`answer times (ms) differ by 15 % or more in every attempt: ${seen.join(' ')}`);
  });

  it('would notice a leak: when the answer waits for the work, the known account answers later', async () => {
    // The mistake that the route avoids: answering only after the look-up, limits and mail.
    const leaky = await createApp(t.db, {
      beforeReady: (app) =>
        app.addHook('onSend', async () => {
          await app.background.idle();
        }),
    });
    try {
      const times = await measure(leaky, 20);
      expect(spread(times), JSON.stringify(times)).toBeGreaterThan(MAX_SPREAD);
      expect(times.known).toBeGreaterThan(times.unknown);
    } finally {
      await leaky.close();
    }
  });
});
