import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, postLogin } from '../../helpers/login.js';
import { createCountedDatabase, type StatementLog } from '../../helpers/statement-counter.js';
import { createApp, type TestDatabase } from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

/**
 * The sign-in hot path: at most this many SQL statements per step, every one counted (also the
 * auth rate limit's). Measured: 3 for a password sign-in, 3 for the password step before a code,
 * 4 for the code step; 13, 11 and 11 before they were gathered into shared statements.
 */
const MAX_STATEMENTS = 4;

describe('SQL statements of a sign-in', () => {
  let database: TestDatabase & { log: StatementLog };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createCountedDatabase();
    app = await createApp(database.db);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** The statements that `step` sends, once the app has warmed up. */
  async function statementsOf(step: () => Promise<void>): Promise<readonly string[]> {
    database.log.reset();
    await step();
    return [...database.log.statements];
  }

  it('counts every statement the driver sends, transactions included (the counter works)', async () => {
    const one = await statementsOf(async () => {
      await database.db.prisma.$queryRaw`SELECT 1`;
    });
    expect(one).toHaveLength(1);
    // BEGIN, the two statements, COMMIT: what Prisma sends around them is seen too.
    const transaction = await statementsOf(async () => {
      await database.db.prisma.$transaction([
        database.db.prisma.$queryRaw`SELECT 1`,
        database.db.prisma.$queryRaw`SELECT 2`,
      ]);
    });
    expect(transaction).toHaveLength(4);
    // Relation loading through Prisma: a query per relation, each of them seen (3 today).
    const { user } = await makeUser(database.db);
    const nested = await statementsOf(async () => {
      await database.db.prisma.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { id: true, roles: { select: { role: { select: { key: true } } } } },
      });
    });
    expect(nested.length).toBeGreaterThan(1);
  });

  it(`a successful password sign-in runs at most ${MAX_STATEMENTS} statements`, async () => {
    const made = await makeUser(database.db);
    const credentials = credentialsOf(made);
    // Warm-up: the first request of an app may load things once.
    expect((await postLogin(app, credentials)).statusCode).toBe(200);
    const statements = await statementsOf(async () => {
      const response = await postLogin(app, credentials);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ status: 'authenticated' });
    });
    expect(statements.length, statements.join('\n---\n')).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it(`the password step before a TOTP code and the code step each run at most ${MAX_STATEMENTS}`, async () => {
    const made = await makeUser(database.db, { roles: ['admin'] });
    const credentials = credentialsOf(made);
    const { secret } = await activateAtSignIn(app, credentials);

    let pending = '';
    const password = await statementsOf(async () => {
      const step = await passwordStep(app, credentials);
      expect(step.status).toBe('totp_required');
      pending = step.cookie;
    });
    expect.soft(password.length, password.join('\n---\n')).toBeLessThanOrEqual(MAX_STATEMENTS);

    const code = await statementsOf(async () => {
      const answer = await post(app, '/api/auth/totp', pending, { code: codeFor(secret, 1) });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toEqual({ status: 'authenticated' });
    });
    expect(code.length, code.join('\n---\n')).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
