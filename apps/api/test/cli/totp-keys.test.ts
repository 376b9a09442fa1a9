import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateTotpKeys } from '../../src/cli/totp-keys.js';
import { createSecretBox, keyIdOf, parseEncryptionKey } from '../../src/security/secret-box.js';
import { jsonOf, newEncryptionKey, runCliOn } from '../helpers/cli.js';
import { makeUser } from '../helpers/factories.js';
import { credentialsOf } from '../helpers/login.js';
import { createApp, useTestDatabase } from '../helpers/test-app.js';
import { activateAtSignIn, codeFor, passwordStep, post } from '../helpers/two-factor.js';

interface RotationJson {
  keyId: string;
  rotated: number;
  alreadyCurrent: number;
  unreadable: number;
  unreadableKeyIds: string[];
}

const OLD_KEY = newEncryptionKey();
const NEW_KEY = newEncryptionKey();
const boxOf = (current: string, retired: string[] = []) =>
  createSecretBox(parseEncryptionKey(current), retired.map(parseEncryptionKey));

const t = useTestDatabase();
const apps: FastifyInstance[] = [];
const appWith = async (current: string, retired: string[] = []) => {
  const app = await createApp(t.db, { secretBox: boxOf(current, retired) });
  apps.push(app);
  return app;
};
afterAll(async () => {
  for (const app of apps) await app.close();
});

describe('portal totp-keys rotate', () => {
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let secret: string;

  beforeAll(async () => {
    admin = await makeUser(t.db, { roles: ['admin'] });
    // 2FA activated while OLD_KEY was the current key.
    ({ secret } = await activateAtSignIn(await appWith(OLD_KEY), credentialsOf(admin)));
  });

  it('reports the secrets no configured key opens, keeps them, and exits 1', async () => {
    const run = await runCliOn(t.database, ['totp-keys', 'rotate', '--json'], {
      TOTP_ENCRYPTION_KEY: NEW_KEY,
    });
    expect(run.code).toBe(1);
    const counts = JSON.parse(run.stdout) as RotationJson;
    expect(counts).toMatchObject({
      rotated: 0,
      unreadable: 1,
      unreadableKeyIds: [keyIdOf(parseEncryptionKey(OLD_KEY))],
    });
    const row = await t.db.prisma.totpCredential.findFirstOrThrow({
      where: { userId: admin.user.id },
    });
    expect(row.keyId).toBe(keyIdOf(parseEncryptionKey(OLD_KEY)));
  });

  it('re-encrypts with the current key while the old one is retired; a second run finds nothing', async () => {
    const env = { TOTP_ENCRYPTION_KEY: NEW_KEY, TOTP_ENCRYPTION_KEYS_RETIRED: OLD_KEY };
    const first = await runCliOn(t.database, ['totp-keys', 'rotate'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/: 1 secrets re-encrypted, 0 already current, 0 unreadable\n/);
    expect(first.stdout).toContain('TOTP_ENCRYPTION_KEYS_RETIRED can be removed');
    const row = await t.db.prisma.totpCredential.findFirstOrThrow({
      where: { userId: admin.user.id },
    });
    expect(row.keyId).toBe(keyIdOf(parseEncryptionKey(NEW_KEY)));

    const second = jsonOf<RotationJson>(
      await runCliOn(t.database, ['totp-keys', 'rotate', '--json'], env),
    );
    expect(second).toMatchObject({ rotated: 0, alreadyCurrent: 1, unreadable: 0 });
    const events = await t.db.prisma.auditEvent.findMany({ where: { type: 'totp.keys_rotated' } });
    expect(events.map((e) => e.details)).toContainEqual(
      expect.objectContaining({ actor: 'operator', rotated: 1 }),
    );
    expect(JSON.stringify(events.map((e) => e.details))).not.toContain(NEW_KEY);
  });

  it('signs in with TOTP on an instance that has only the new key', async () => {
    const app = await appWith(NEW_KEY);
    const { status, cookie } = await passwordStep(app, credentialsOf(admin));
    expect(status).toBe('totp_required');
    const verified = await post(app, '/api/auth/totp', cookie, { code: codeFor(secret, 1) });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toEqual({ status: 'authenticated' });
  });

  it('works in batches and picks up where an interrupted run stopped', async () => {
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => makeUser(t.db)));
    const oldBox = boxOf(OLD_KEY);
    for (const { user } of users) {
      const sealed = oldBox.seal(`SECRET${user.id}`, user.id);
      await t.db.prisma.totpCredential.create({
        data: { userId: user.id, encryptedSecret: sealed.ciphertext, keyId: sealed.keyId },
      });
    }
    const box = boxOf(NEW_KEY, [OLD_KEY]);
    // An "interrupted" run: one batch of two, then the full run finishes the rest.
    const firstTwo = await t.db.prisma.totpCredential.findMany({
      where: { keyId: oldBox.currentKeyId },
      orderBy: { id: 'asc' },
      take: 2,
    });
    for (const row of firstTwo) {
      const sealed = box.seal(box.open(row.encryptedSecret, row.keyId, row.userId), row.userId);
      await t.db.prisma.totpCredential.update({
        where: { id: row.id },
        data: { encryptedSecret: sealed.ciphertext, keyId: sealed.keyId },
      });
    }
    const counts = await rotateTotpKeys(t.db.prisma, box, 2);
    expect(counts).toMatchObject({ rotated: 3, alreadyCurrent: 3, unreadable: 0 });
    for (const { user } of users) {
      const row = await t.db.prisma.totpCredential.findFirstOrThrow({ where: { userId: user.id } });
      expect(box.open(row.encryptedSecret, row.keyId, user.id)).toBe(`SECRET${user.id}`);
      expect(row.keyId).toBe(box.currentKeyId);
    }
  });
});
