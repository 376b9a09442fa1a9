import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../../src/app.js';
import { makeUser } from '../../helpers/factories.js';
import {
  createApp,
  createDatabase,
  type TestDatabase,
  testConfig,
} from '../../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../../helpers/two-factor.js';

describe('logs of the two-factor steps', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createDatabase();
    const options = loggerOptions(testConfig({ LOG_LEVEL: 'trace' }));
    app = await createApp(database.db, {
      logger: {
        ...(typeof options === 'object' ? options : {}),
        level: 'trace',
        stream: { write: (line: string) => lines.push(line) },
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('never hold a TOTP secret, a code, a recovery code or the pending cookie', async () => {
    const { user, tenant, password } = await makeUser(database.db, { roles: ['admin'] });
    const credentials = {
      tenantDomain: tenant.domain,
      username: user.username,
      password: password as string,
    };
    const { secret, recoveryCodes } = await activateAtSignIn(app, credentials);
    const code = codeFor(secret, 1);
    const step = await passwordStep(app, credentials);
    expect((await post(app, '/api/auth/totp', step.cookie, { code })).statusCode).toBe(200);
    const again = await passwordStep(app, credentials);
    await post(app, '/api/auth/recovery-code', again.cookie, { code: recoveryCodes[0] });

    const logs = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const secretThing of [secret, ...recoveryCodes, step.cookie.split('=')[1] as string]) {
      expect(logs).not.toContain(secretThing);
    }
    // Six digits may turn up inside a timestamp by chance; as a logged value they would be quoted.
    expect(logs).not.toContain(`"${code}"`);
  });
});
