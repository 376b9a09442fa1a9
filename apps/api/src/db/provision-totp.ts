import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { generateRecoveryCodes, hashRecoveryCode } from '../security/recovery-codes.js';
import { generateTotpSecret } from '../security/totp.js';

type Db = PrismaClient | Prisma.TransactionClient;

/** Seals a TOTP secret for its owner: the two-factor service's `sealSecret`. */
type SealSecret = (userId: string, secret: string) => { encryptedSecret: string; keyId: string };

/**
 * A confirmed authenticator with fresh recovery codes, as an activation leaves them, except that
 * no code has been used yet (`lastUsedStep` null). The secret and codes come back in clear for
 * whoever plays the authenticator app: the end-to-end fixtures.
 */
export async function provisionConfirmedTotp(db: Db, sealSecret: SealSecret, userId: string) {
  const secret = generateTotpSecret();
  const recoveryCodes = generateRecoveryCodes();
  await db.totpCredential.create({
    data: { userId, ...sealSecret(userId, secret), confirmedAt: new Date() },
  });
  await db.recoveryCode.createMany({
    data: recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
  return { secret, recoveryCodes };
}
