import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import type { LoginChallengeKind } from '../../generated/prisma/client.js';
import { pendingCookie } from '../../security/session-cookie.js';
import { createSessionTokens } from '../../security/session-token.js';

/**
 * The pending step between a correct password and a session. Its cookie (a `pending` token, which
 * no other route accepts) names a challenge row; the row counts wrong codes across instances,
 * ends after MAX_CODE_ATTEMPTS, and is completed at most once.
 */
export const MAX_CODE_ATTEMPTS = 5;
export const CHALLENGE_SECONDS: Record<LoginChallengeKind, number> = {
  totp: 5 * 60,
  // Activating means installing an app and scanning a code; five minutes is often too short.
  enrollment: 15 * 60,
};

export interface PendingLogin {
  challengeId: string;
  kind: LoginChallengeKind;
  user: { id: string; tenantId: string; username: string; usernameKey: string };
  tenant: { id: string; domain: string };
}

export interface LoginChallenges {
  begin(reply: FastifyReply, userId: string, kind: LoginChallengeKind): Promise<void>;
  /** The request's live challenge, or null (none, expired, used up, completed). */
  current(request: FastifyRequest): Promise<PendingLogin | null>;
  hasCookie(request: FastifyRequest): boolean;
  /** Counts a wrong code; true when that was the last one allowed (the challenge is over). */
  recordFailure(challengeId: string): Promise<boolean>;
  /** Marks it used; false if another request completed it first. */
  complete(challengeId: string): Promise<boolean>;
  clearCookie(reply: FastifyReply): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    loginChallenges: LoginChallenges;
  }
}

async function loginChallenges(app: FastifyInstance, options: { config: Config }) {
  const { prisma } = app.db;
  const cookie = pendingCookie(options.config.publicUrl);
  const tokens = createSessionTokens(app.jwt);

  app.decorate<LoginChallenges>('loginChallenges', {
    async begin(reply, userId, kind) {
      const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS[kind] * 1000);
      const challenge = await prisma.loginChallenge.create({ data: { userId, kind, expiresAt } });
      reply.setCookie(cookie.name, tokens.sign({ sid: challenge.id, typ: 'pending' }, expiresAt), {
        ...cookie.options,
        expires: expiresAt,
      });
    },
    async current(request) {
      const token = request.cookies[cookie.name];
      const challengeId = token ? tokens.verify(token, 'pending') : null;
      if (!challengeId) return null;
      const challenge = await prisma.loginChallenge.findFirst({
        where: {
          id: challengeId,
          completedAt: null,
          expiresAt: { gt: new Date() },
          failedAttempts: { lt: MAX_CODE_ATTEMPTS },
          user: { status: 'active' },
        },
        select: {
          kind: true,
          user: {
            select: {
              id: true,
              tenantId: true,
              username: true,
              usernameKey: true,
              tenant: { select: { id: true, domain: true } },
            },
          },
        },
      });
      if (!challenge) return null;
      const { tenant, ...user } = challenge.user;
      return { challengeId, kind: challenge.kind, user, tenant };
    },
    hasCookie: (request) => Boolean(request.cookies[cookie.name]),
    async recordFailure(challengeId) {
      const rows = await prisma.$queryRaw<{ failed_attempts: number }[]>`
        UPDATE login_challenges SET failed_attempts = failed_attempts + 1
        WHERE id = ${challengeId}::uuid RETURNING failed_attempts`;
      return (rows[0]?.failed_attempts ?? MAX_CODE_ATTEMPTS) >= MAX_CODE_ATTEMPTS;
    },
    async complete(challengeId) {
      const { count } = await prisma.loginChallenge.updateMany({
        where: { id: challengeId, completedAt: null },
        data: { completedAt: new Date() },
      });
      return count === 1;
    },
    clearCookie(reply) {
      reply.clearCookie(cookie.name, cookie.options);
    },
  });
}

export default fp(loginChallenges, {
  name: 'login-challenges',
  dependencies: ['database', 'cookies-and-tokens'],
});
