import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { type LoginChallengeKind, Prisma } from '../../generated/prisma/client.js';
import { pendingCookie } from '../../security/session-cookie.js';
import { createSessionTokens } from '../../security/session-token.js';

/**
 * The pending step between a correct password and a session. Its cookie (a `pending` token, which
 * no other route accepts) names a challenge row; the row counts wrong codes across instances,
 * ends after MAX_CODE_ATTEMPTS, and is completed at most once. It is bound to the account's
 * password and factors as they were when it began: once either changes (2FA activated, replaced,
 * reset or disabled, a new password), the step is over, like an expired one.
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

/**
 * The account's password and confirmed factors, as one fingerprint, in SQL over `u` (users):
 * computed when a step begins and compared at every request of it.
 */
const accountState = (passwordHash: Prisma.Sql) => Prisma.sql`md5(concat_ws('|', ${passwordHash},
  (SELECT string_agg(tc.id::text || '@' || tc.confirmed_at::text, ',' ORDER BY tc.id)
   FROM totp_credentials tc WHERE tc.user_id = u.id AND tc.confirmed_at IS NOT NULL)))`;
const ACCOUNT_STATE = accountState(Prisma.sql`u.password_hash`);

interface PendingRow {
  kind: LoginChallengeKind;
  user_id: string;
  tenant_id: string;
  username: string;
  username_key: string;
  domain: string;
}

export interface LoginChallenges {
  /**
   * Starts the step. `alongside`: data-modifying statements that run in the same statement (the
   * sign-in's lockout and user changes); `passwordHash`: the account's new hash when one of them
   * sets it, so the step is bound to the password as it is afterwards.
   */
  begin(
    reply: FastifyReply,
    userId: string,
    kind: LoginChallengeKind,
    options?: { passwordHash?: string; alongside?: Prisma.Sql[] },
  ): Promise<void>;
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
    async begin(reply, userId, kind, { passwordHash, alongside = [] } = {}) {
      const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS[kind] * 1000);
      // Every statement of a WITH sees the rows as they were before it: the new hash is given.
      const state = accountState(
        Prisma.sql`COALESCE(${passwordHash ?? null}::text, u.password_hash)`,
      );
      const before = alongside.map(
        (statement, i) => Prisma.sql`${Prisma.raw(`alongside_${i}`)} AS (${statement}),`,
      );
      const [challenge] = await prisma.$queryRaw<{ id: string }[]>`
        WITH ${before.length > 0 ? Prisma.join(before, ' ') : Prisma.empty} nothing AS (SELECT 1)
        INSERT INTO login_challenges (user_id, kind, expires_at, account_state)
        SELECT u.id, ${kind}::"LoginChallengeKind", ${expiresAt}::timestamptz, ${state}
        FROM users u WHERE u.id = ${userId}::uuid
        RETURNING id::text`;
      if (!challenge) throw new Error('no such user');
      reply.setCookie(cookie.name, tokens.sign({ sid: challenge.id, typ: 'pending' }, expiresAt), {
        ...cookie.options,
        expires: expiresAt,
      });
    },
    async current(request) {
      const token = request.cookies[cookie.name];
      const challengeId = token ? tokens.verify(token, 'pending') : null;
      if (!challengeId) return null;
      const rows = await prisma.$queryRaw<PendingRow[]>`
        SELECT c.kind::text AS kind, u.id::text AS user_id, u.tenant_id::text AS tenant_id,
               u.username, u.username_key, t.domain
        FROM login_challenges c
        JOIN users u ON u.id = c.user_id
        JOIN tenants t ON t.id = u.tenant_id
        WHERE c.id = ${challengeId}::uuid AND c.completed_at IS NULL AND c.expires_at > now()
          AND c.failed_attempts < ${MAX_CODE_ATTEMPTS} AND u.status = 'active'
          AND t.status = 'active'
          AND c.account_state = ${ACCOUNT_STATE}`;
      const row = rows[0];
      if (!row) return null;
      return {
        challengeId,
        kind: row.kind,
        user: {
          id: row.user_id,
          tenantId: row.tenant_id,
          username: row.username,
          usernameKey: row.username_key,
        },
        tenant: { id: row.tenant_id, domain: row.domain },
      };
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
