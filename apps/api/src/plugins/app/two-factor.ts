import type { TotpEnrollmentResponse } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { generateRecoveryCodes, hashRecoveryCode } from '../../security/recovery-codes.js';
import type { SecretBox } from '../../security/secret-box.js';
import { generateTotpSecret, matchTotpStep, totpUri } from '../../security/totp.js';

export const TOTP_ISSUER = 'Unified Security Portal';

/**
 * TOTP credentials and recovery codes of one user. Secrets are sealed at rest and never leave
 * this service after activation; a code is accepted only for a step newer than the last accepted
 * one, checked and recorded in one conditional UPDATE, so two instances cannot both accept it.
 */
export interface TwoFactor {
  isEnabled(userId: string): Promise<boolean>;
  /** A new, unconfirmed secret; the current one (if any) stays in force until this is confirmed. */
  startEnrollment(
    user: { id: string; username: string },
    tenantDomain: string,
  ): Promise<TotpEnrollmentResponse>;
  /** Confirms the newest unconfirmed secret; returns fresh recovery codes, or null for a wrong code. */
  confirmEnrollment(userId: string, code: string): Promise<string[] | null>;
  verifyCode(userId: string, code: string): Promise<boolean>;
  useRecoveryCode(userId: string, code: string): Promise<boolean>;
  /** Removes every credential and recovery code (disable, or an administrator's reset). */
  remove(userId: string): Promise<void>;
  /** A secret sealed for its owner, as credentials store it (also db/provision-totp.ts). */
  sealSecret(userId: string, secret: string): { encryptedSecret: string; keyId: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    twoFactor: TwoFactor;
  }
}

async function twoFactor(app: FastifyInstance, options: { secretBox: SecretBox }) {
  const { prisma } = app.db;
  const box = options.secretBox;

  async function acceptStep(credentialId: string, step: number): Promise<boolean> {
    const updated = await prisma.$executeRaw`
      UPDATE totp_credentials SET last_used_step = ${step}
      WHERE id = ${credentialId}::uuid AND (last_used_step IS NULL OR last_used_step < ${step})`;
    return updated === 1;
  }

  const sealSecret: TwoFactor['sealSecret'] = (userId, secret) => {
    const { ciphertext, keyId } = box.seal(secret, userId);
    return { encryptedSecret: ciphertext, keyId };
  };

  app.decorate<TwoFactor>('twoFactor', {
    async isEnabled(userId) {
      const count = await prisma.totpCredential.count({
        where: { userId, confirmedAt: { not: null } },
      });
      return count > 0;
    },
    async startEnrollment(user, tenantDomain) {
      const secret = generateTotpSecret();
      await prisma.$transaction([
        prisma.totpCredential.deleteMany({ where: { userId: user.id, confirmedAt: null } }),
        prisma.totpCredential.create({
          data: { userId: user.id, ...sealSecret(user.id, secret) },
        }),
      ]);
      const issuer = `${TOTP_ISSUER} (${tenantDomain})`;
      return {
        secret,
        otpauthUri: totpUri(secret, issuer, user.username),
        issuer,
        accountName: user.username,
      };
    },
    async confirmEnrollment(userId, code) {
      const pending = await prisma.totpCredential.findFirst({
        where: { userId, confirmedAt: null },
        orderBy: { createdAt: 'desc' },
      });
      if (!pending) return null;
      const step = matchTotpStep(box.open(pending.encryptedSecret, pending.keyId, userId), code);
      if (step === null) return null;
      const recoveryCodes = generateRecoveryCodes();
      const confirmed = await prisma.$transaction(async (tx) => {
        const { count } = await tx.totpCredential.updateMany({
          where: { id: pending.id, confirmedAt: null },
          data: { confirmedAt: new Date(), lastUsedStep: step },
        });
        if (count !== 1) return false;
        await tx.totpCredential.deleteMany({ where: { userId, id: { not: pending.id } } });
        await tx.recoveryCode.deleteMany({ where: { userId } });
        await tx.recoveryCode.createMany({
          data: recoveryCodes.map((recoveryCode) => ({
            userId,
            codeHash: hashRecoveryCode(recoveryCode),
          })),
        });
        return true;
      });
      return confirmed ? recoveryCodes : null;
    },
    async verifyCode(userId, code) {
      const credential = await prisma.totpCredential.findFirst({
        where: { userId, confirmedAt: { not: null } },
        orderBy: { confirmedAt: 'desc' },
      });
      if (!credential) return false;
      const step = matchTotpStep(
        box.open(credential.encryptedSecret, credential.keyId, userId),
        code,
      );
      return step !== null && (await acceptStep(credential.id, step));
    },
    async useRecoveryCode(userId, code) {
      const { count } = await prisma.recoveryCode.updateMany({
        where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
        data: { usedAt: new Date() },
      });
      return count === 1;
    },
    async remove(userId) {
      await prisma.$transaction([
        prisma.totpCredential.deleteMany({ where: { userId } }),
        prisma.recoveryCode.deleteMany({ where: { userId } }),
      ]);
    },
    sealSecret,
  });
}

export default fp(twoFactor, { name: 'two-factor', dependencies: ['database'] });
