import type { TotpEnrollmentResponse } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Prisma } from '../../generated/prisma/client.js';
import { generateRecoveryCodes, hashRecoveryCode } from '../../security/recovery-codes.js';
import type { SecretBox } from '../../security/secret-box.js';
import { generateTotpSecret, matchTotpStep, totpUri } from '../../security/totp.js';

export const TOTP_ISSUER = 'Unified Security Portal';

/** What a code check found: accepted, wrong, or right but its time step was already used. */
export type CodeCheck = 'accepted' | 'invalid' | 'reused';

/**
 * TOTP credentials and recovery codes of one user. Secrets are sealed at rest and never leave
 * this service after activation; a code is accepted only for a step newer than the last accepted
 * one, checked and recorded in one conditional UPDATE, so two instances cannot both accept it.
 */
export interface TwoFactor {
  isEnabled(userId: string): Promise<boolean>;
  /**
   * An unconfirmed secret; the current one (if any) stays in force until this is confirmed. One
   * started less than `keepSeconds` ago is answered again (a reload of the activation page must
   * not invalidate what the app has just scanned); otherwise a new one replaces it.
   */
  startEnrollment(
    user: { id: string; username: string },
    tenantDomain: string,
    keepSeconds: number,
  ): Promise<TotpEnrollmentResponse>;
  /**
   * Confirms the newest unconfirmed secret; returns fresh recovery codes, or null for a wrong code.
   * The owner is told that 2FA was activated, or that their authenticator was replaced.
   */
  confirmEnrollment(
    request: FastifyRequest,
    userId: string,
    code: string,
  ): Promise<string[] | null>;
  verifyCode(userId: string, code: string): Promise<boolean>;
  /** Like verifyCode, and tells a wrong code from one whose time step was already used. */
  checkCode(userId: string, code: string): Promise<CodeCheck>;
  /**
   * The time step of `code` for a sealed credential of the user, or null when it matches none
   * (no database access: the caller spends the step, as `verifyCode` does).
   */
  matchCode(
    userId: string,
    credential: { encryptedSecret: string; keyId: string },
    code: string,
  ): number | null;
  /** Spends a recovery code once; the owner is told, with how many are left. */
  useRecoveryCode(request: FastifyRequest, userId: string, code: string): Promise<boolean>;
  /** How many unused recovery codes the user has. */
  recoveryCodesLeft(userId: string): Promise<number>;
  /**
   * A new set of recovery codes replacing the old one at once, or null when 2FA is off (recovery
   * codes stand in for a second factor the account does not have).
   */
  newRecoveryCodes(userId: string): Promise<string[] | null>;
  /**
   * Removes every credential (TOTP and passkeys) and recovery code: the owner turning 2FA off, or
   * an administrator's reset; the owner is told which. `within` runs in the same transaction (ending sessions).
   */
  remove(
    request: FastifyRequest,
    userId: string,
    by: 'owner' | 'administrator',
    within?: (tx: Prisma.TransactionClient) => Promise<unknown>,
  ): Promise<void>;
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

  const matchCode: TwoFactor['matchCode'] = (userId, credential, code) =>
    matchTotpStep(box.open(credential.encryptedSecret, credential.keyId, userId), code);

  const checkCode: TwoFactor['checkCode'] = async (userId, code) => {
    const credential = await prisma.totpCredential.findFirst({
      where: { userId, confirmedAt: { not: null } },
      orderBy: { confirmedAt: 'desc' },
    });
    if (!credential) return 'invalid';
    const step = matchCode(userId, credential, code);
    if (step === null) return 'invalid';
    if (await acceptStep(credential.id, step)) return 'accepted';
    // The step just used (here or by a request that raced this one), not an older code.
    const lastUsed = credential.lastUsedStep ?? Number.NEGATIVE_INFINITY;
    return step >= lastUsed ? 'reused' : 'invalid';
  };

  app.decorate<TwoFactor>('twoFactor', {
    async isEnabled(userId) {
      const count = await prisma.totpCredential.count({
        where: { userId, confirmedAt: { not: null } },
      });
      return count > 0;
    },
    async startEnrollment(user, tenantDomain, keepSeconds) {
      const recent = await prisma.totpCredential.findFirst({
        where: {
          userId: user.id,
          confirmedAt: null,
          createdAt: { gt: new Date(Date.now() - keepSeconds * 1000) },
        },
        orderBy: { createdAt: 'desc' },
      });
      let enrollmentId: string;
      let secret: string;
      if (recent) {
        enrollmentId = recent.id;
        secret = box.open(recent.encryptedSecret, recent.keyId, user.id);
      } else {
        secret = generateTotpSecret();
        const [, created] = await prisma.$transaction([
          prisma.totpCredential.deleteMany({ where: { userId: user.id, confirmedAt: null } }),
          prisma.totpCredential.create({
            data: { userId: user.id, ...sealSecret(user.id, secret) },
          }),
        ]);
        enrollmentId = created.id;
      }
      const issuer = `${TOTP_ISSUER} (${tenantDomain})`;
      return {
        secret,
        otpauthUri: totpUri(secret, issuer, user.username),
        issuer,
        accountName: user.username,
        enrollmentId,
      };
    },
    async confirmEnrollment(request, userId, code) {
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
        const replaced = await tx.totpCredential.count({
          where: { userId, id: { not: pending.id }, confirmedAt: { not: null } },
        });
        await tx.totpCredential.deleteMany({ where: { userId, id: { not: pending.id } } });
        await replaceRecoveryCodes(tx, userId, recoveryCodes);
        await app.sessions.invalidate({ user: userId }, tx);
        const kind = replaced > 0 ? 'two-factor-replaced' : 'two-factor-activated';
        await app.securityNotices.send(request, userId, { kind }, tx);
        return true;
      });
      if (!confirmed) return null;
      app.metrics.twoFactorEnrollments.inc();
      return recoveryCodes;
    },
    async verifyCode(userId, code) {
      return (await checkCode(userId, code)) === 'accepted';
    },
    checkCode,
    matchCode,
    useRecoveryCode: (request, userId, code) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.recoveryCode.updateMany({
          where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
          data: { usedAt: new Date() },
        });
        if (count !== 1) return false;
        const remaining = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
        await app.securityNotices.send(
          request,
          userId,
          { kind: 'recovery-code-used', remaining },
          tx,
        );
        return true;
      }),
    recoveryCodesLeft: (userId) => prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
    async newRecoveryCodes(userId) {
      const recoveryCodes = generateRecoveryCodes();
      const replaced = await prisma.$transaction(async (tx) => {
        const enabled = await tx.totpCredential.count({
          where: { userId, confirmedAt: { not: null } },
        });
        if (enabled === 0) return false;
        await replaceRecoveryCodes(tx, userId, recoveryCodes);
        return true;
      });
      return replaced ? recoveryCodes : null;
    },
    async remove(request, userId, by, within) {
      await prisma.$transaction(async (tx) => {
        await tx.totpCredential.deleteMany({ where: { userId } });
        await tx.recoveryCode.deleteMany({ where: { userId } });
        // Every second factor: turning 2FA off or resetting it leaves no passkey either.
        await tx.webauthnCredential.deleteMany({ where: { userId } });
        await app.sessions.invalidate({ user: userId }, tx);
        await within?.(tx);
        const kind = by === 'owner' ? 'two-factor-disabled' : 'two-factor-reset-by-administrator';
        await app.securityNotices.send(request, userId, { kind }, tx);
      });
    },
    sealSecret,
  });
}

/** The user's recovery codes become these (only their hashes are kept); the old ones end. */
async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string, codes: string[]) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
}

export default fp(twoFactor, {
  name: 'two-factor',
  dependencies: ['database', 'metrics', 'security-notices', 'sessions'],
});
