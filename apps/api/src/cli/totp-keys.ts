import type { PrismaClient } from '../generated/prisma/client.js';
import type { SecretBox } from '../security/secret-box.js';
import { type CommandSpec, EXIT } from './command.js';
import { withApp } from './context.js';

/** Rows re-sealed per transaction: a batch is short, and an interrupted run loses at most one. */
export const ROTATION_BATCH_SIZE = 100;

export interface RotationCounts {
  /** Re-sealed with the current key by this run. */
  rotated: number;
  /** Already sealed with the current key when the run began. */
  alreadyCurrent: number;
  /** Sealed with a key that is not configured, or that do not open: they keep their old seal. */
  unreadable: number;
  unreadableKeyIds: string[];
}

/**
 * Re-seals every TOTP secret that another key sealed with the current key, batch by batch in key
 * order, so a run that stops halfway is simply started again. A row changed meanwhile (the user
 * re-enrolled) is left to its new seal.
 */
export async function rotateTotpKeys(
  prisma: PrismaClient,
  box: SecretBox,
  batchSize = ROTATION_BATCH_SIZE,
): Promise<RotationCounts> {
  const counts: RotationCounts = {
    rotated: 0,
    alreadyCurrent: await prisma.totpCredential.count({ where: { keyId: box.currentKeyId } }),
    unreadable: 0,
    unreadableKeyIds: [],
  };
  const unreadableKeys = new Set<string>();
  let afterId: string | undefined;
  for (;;) {
    const batch = await prisma.totpCredential.findMany({
      where: { keyId: { not: box.currentKeyId }, ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true, userId: true, keyId: true, encryptedSecret: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (batch.length === 0) break;
    afterId = batch.at(-1)?.id;
    await prisma.$transaction(async (tx) => {
      for (const row of batch) {
        let secret: string;
        try {
          secret = box.open(row.encryptedSecret, row.keyId, row.userId);
        } catch {
          counts.unreadable++;
          unreadableKeys.add(row.keyId);
          continue;
        }
        const sealed = box.seal(secret, row.userId);
        const { count } = await tx.totpCredential.updateMany({
          where: { id: row.id, keyId: row.keyId, encryptedSecret: row.encryptedSecret },
          data: { encryptedSecret: sealed.ciphertext, keyId: sealed.keyId },
        });
        counts.rotated += count;
      }
    });
  }
  counts.unreadableKeyIds = [...unreadableKeys].sort();
  return counts;
}

export const totpKeysRotate: CommandSpec = {
  name: 'totp-keys rotate',
  summary: 're-encrypt every stored TOTP secret with the current TOTP_ENCRYPTION_KEY',
  usage: 'totp-keys rotate',
  help: [
    'Set the new key as TOTP_ENCRYPTION_KEY and the old ones in TOTP_ENCRYPTION_KEYS_RETIRED',
    '(comma-separated), on the servers and here; run this; then remove the retired keys.',
    `Works in batches of ${ROTATION_BATCH_SIZE}; safe to run again after an interruption.`,
    'Exit code 1 when secrets remain that no configured key opens (keep their key).',
  ],
  options: {},
  async run(io) {
    return withApp(io, async ({ app, secretBox }) => {
      const counts = await rotateTotpKeys(app.db.prisma, secretBox);
      await app.audit.recordOperator({
        type: 'totp.keys_rotated',
        tenantId: null,
        details: {
          keyId: secretBox.currentKeyId,
          rotated: counts.rotated,
          alreadyCurrent: counts.alreadyCurrent,
          unreadable: counts.unreadable,
        },
      });
      const text = [
        `current key ${secretBox.currentKeyId}: ${counts.rotated} secrets re-encrypted, ${counts.alreadyCurrent} already current, ${counts.unreadable} unreadable`,
        counts.unreadable === 0
          ? 'every secret uses the current key: TOTP_ENCRYPTION_KEYS_RETIRED can be removed'
          : `keep the keys with ids ${counts.unreadableKeyIds.join(', ')}: add them to TOTP_ENCRYPTION_KEYS_RETIRED and run this again`,
      ];
      return {
        data: { keyId: secretBox.currentKeyId, ...counts },
        text,
        exitCode: counts.unreadable === 0 ? EXIT.ok : EXIT.error,
      };
    });
  },
};
