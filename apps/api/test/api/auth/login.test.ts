import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../helpers/factories.js';
import { loginAs, postLogin, sessionCookieOf } from '../../helpers/login.js';
import { createApp, createDatabase, type TestDatabase } from '../../helpers/test-app.js';

describe('POST /api/auth/login', () => {
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

  it('signs in with tenant domain, username and password, matched case-insensitively', async () => {
    const { user, tenant, password } = await makeUser(database.db, { username: 'Alice' });
    const response = await postLogin(app, {
      tenantDomain: `  ${tenant.domain.toUpperCase()} `,
      username: 'ALICE',
      password,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'authenticated' });
    const me = await app.inject({ url: '/api/me', headers: { cookie: sessionCookieOf(response) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it('answers unknown tenant, unknown user and wrong password with the same 401', async () => {
    const { tenant, user } = await makeUser(database.db);
    const answers = await Promise.all([
      postLogin(app, { tenantDomain: 'unknown.tenant', username: user.username, password: 'x' }),
      postLogin(app, { tenantDomain: tenant.domain, username: 'nobody', password: 'x' }),
      postLogin(app, { tenantDomain: tenant.domain, username: user.username, password: 'wrong' }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toEqual({
        error: 'invalid_credentials',
        message: 'The tenant domain, username or password is incorrect.',
      });
      expect(answer.cookies).toEqual([]);
    }
  });

  it('issues a new session id at every sign-in', async () => {
    const { tenant, user, password } = await makeUser(database.db);
    const credentials = {
      tenantDomain: tenant.domain,
      username: user.username,
      password: password as string,
    };
    const first = await loginAs(app, credentials);
    const second = await loginAs(app, credentials);
    expect(first).not.toBe(second);
    const sessions = await database.db.prisma.session.findMany({ where: { userId: user.id } });
    expect(new Set(sessions.map((s) => s.id)).size).toBe(2);
  });
});
