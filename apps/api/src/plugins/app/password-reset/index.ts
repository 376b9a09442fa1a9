import type {
  ForgotPasswordRequest,
  Language,
  ResetPasswordRequest,
  ResetPasswordResponse,
  ResetTokenInfo,
} from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Prisma } from '../../../generated/prisma/client.js';
import { generateResetToken, hashResetToken } from '../../../security/reset-tokens.js';
import { mailResetLink } from './forgot.js';
import { linkMail } from './link-mail.js';
import { ownerOf, resetPassword } from './reset.js';

export interface ResetTarget {
  id: string;
  tenantId: string;
  username: string;
  email: string;
  language: Language;
  tenantDomain: string;
}

/**
 * Why the link is sent: a reset (30 minutes), or a new account's first password (7 days, worded
 * as an invitation, with the tenant's name). Both links open the same page and work alike.
 */
export type IssuePurpose =
  | { purpose: 'reset' }
  /** The account lost its reseller-portal sign-in and has no password yet. */
  | { purpose: 'unlinked' }
  | { purpose: 'account-created'; tenantName: string };

/** A live token's account: who the link resets. */
export interface ResetTokenOwner {
  tokenId: string;
  user: {
    id: string;
    tenantId: string;
    username: string;
    usernameKey: string;
    email: string | null;
    language: Language;
  };
  tenantDomain: string;
  /** The account has no password yet: the link sets its first one. */
  newAccount: boolean;
}

export interface PasswordResets {
  /**
   * "Password forgotten?": returns at once, before anything about the account is looked up, so
   * the answer is the same, after the same work, whether or not the account exists. The look-up,
   * the silent limits and the mail happen afterwards in the background.
   */
  request(request: FastifyRequest, typed: ForgotPasswordRequest): void;
  /** Whose password a live link resets (invalid_token otherwise). */
  verify(token: string): Promise<ResetTokenInfo>;
  /** Sets the new password with a live link; then 2FA activation or a new sign-in. */
  reset(
    request: FastifyRequest,
    reply: FastifyReply,
    body: ResetPasswordRequest,
  ): Promise<ResetPasswordResponse>;
  /**
   * A new token for the user, mailed in the same transaction; it replaces every older unused
   * token of theirs, so only the newest link works.
   */
  issue(user: ResetTarget, requestedByUserId: string | null, purpose?: IssuePurpose): Promise<void>;
  /**
   * "Password forgotten?": a new token and mail unless the account has asked for `perHour`
   * within the last hour. Counted and issued in one transaction under the account's row lock,
   * so parallel requests cannot all pass the count before any of them issues.
   */
  issueWithinLimit(user: ResetTarget, perHour: number): Promise<boolean>;
  /** The live token's owner, or null (unknown, expired, used, replaced, or user deactivated). */
  find(token: string): Promise<ResetTokenOwner | null>;
  /** Uses the token once, inside the caller's transaction; false if it was used meanwhile. */
  consume(tx: Prisma.TransactionClient, owner: ResetTokenOwner): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    passwordResets: PasswordResets;
  }
}

const HOUR_MS = 60 * 60 * 1000;

async function passwordResets(app: FastifyInstance) {
  const { prisma } = app.db;

  /** A new token for the user and its mail, replacing every older unused token of theirs. */
  async function issueIn(
    tx: Prisma.TransactionClient,
    user: ResetTarget,
    requestedByUserId: string | null,
    purpose: IssuePurpose,
  ) {
    const token = generateResetToken();
    const { template, lifetimeMs } = linkMail(user, token, purpose, requestedByUserId);
    // Replaced, not deleted: they still count toward the per-account limit.
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(Date.now() + lifetimeMs),
        requestedByUserId,
      },
    });
    await app.mail.enqueue(
      { to: user.email, tenantId: user.tenantId, language: user.language, template },
      tx,
    );
  }

  /** Counted once the transaction holds: a rolled-back issue sent nothing. */
  function countResetMail(requestedByUserId: string | null) {
    app.metrics.resetMailsRequested.inc({
      requested_by: requestedByUserId ? 'administrator' : 'self',
    });
  }

  app.decorate<PasswordResets>('passwordResets', {
    request(request, typed) {
      app.background.run('password-forgot', () => mailResetLink(app, request, typed));
    },
    async verify(token) {
      const owner = await ownerOf(app, token);
      return {
        tenantDomain: owner.tenantDomain,
        username: owner.user.username,
        newAccount: owner.newAccount,
      };
    },
    reset: (request, reply, body) => resetPassword(app, request, reply, body),
    async issue(user, requestedByUserId, purpose = { purpose: 'reset' }) {
      await prisma.$transaction((tx) => issueIn(tx, user, requestedByUserId, purpose));
      countResetMail(requestedByUserId);
    },
    async issueWithinLimit(user, perHour) {
      const issued = await prisma.$transaction(async (tx) => {
        // Parallel requests for one account queue here; each then counts what the others issued.
        await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${user.id}::uuid FOR UPDATE`;
        const recent = await tx.passwordResetToken.count({
          where: {
            userId: user.id,
            requestedByUserId: null,
            createdAt: { gt: new Date(Date.now() - HOUR_MS) },
          },
        });
        if (recent >= perHour) return false;
        await issueIn(tx, user, null, { purpose: 'reset' });
        return true;
      });
      if (issued) countResetMail(null);
      return issued;
    },
    async find(token) {
      const row = await prisma.passwordResetToken.findFirst({
        where: {
          tokenHash: hashResetToken(token),
          usedAt: null,
          expiresAt: { gt: new Date() },
          user: { status: 'active', externalSubject: null, tenant: { status: 'active' } },
        },
        select: {
          id: true,
          user: {
            select: {
              id: true,
              tenantId: true,
              username: true,
              usernameKey: true,
              email: true,
              language: true,
              passwordHash: true,
              tenant: { select: { domain: true } },
            },
          },
        },
      });
      if (!row) return null;
      // The hash itself goes no further: only whether there is one.
      const { tenant, passwordHash, ...user } = row.user;
      return {
        tokenId: row.id,
        user,
        tenantDomain: tenant.domain,
        newAccount: passwordHash === null,
      };
    },
    async consume(tx, owner) {
      const { count } = await tx.passwordResetToken.updateMany({
        where: { id: owner.tokenId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (count !== 1) return false;
      await tx.passwordResetToken.updateMany({
        where: { userId: owner.user.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      return true;
    },
  });
}

export default fp(passwordResets, {
  name: 'password-resets',
  dependencies: ['database', 'mail', 'background', 'sign-in', 'security-notices'],
});
