import type { AuditEventType, AuthenticatedResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import type { Reservation } from '../lockout.js';
import type { PendingLogin } from '../login-challenges.js';
import { startSession } from './session-start.js';

export type SecondFactorMethod = 'totp' | 'recovery_code';

/**
 * Why an answer was refused: wrong, or right but its time step already spent (the person was only
 * quick; the next code will do).
 */
type Refusal = 'invalid' | 'reused';

/** How an answer is spent once it was found right; see `SecondFactor.check`. */
interface Spending {
  /** A data-modifying statement returning a row when it spent the answer; none: already spent. */
  spend?: Prisma.Sql;
}

/**
 * One method of the second step. Another one (passkeys) is another entry of `FACTORS`: what it
 * reads, how it checks, how its answer is spent once.
 */
interface SecondFactor<Loaded extends object> {
  events: { ok: AuditEventType; failed: AuditEventType };
  /** A SELECT of at most one row that the check needs, read in the statement counting the try. */
  load(userId: string): Prisma.Sql;
  /**
   * The answer checked against what `load` read: a refusal when it is wrong. A `spend` runs in the
   * statement that completes the sign-in, so the answer is spent once and only along with it.
   */
  check(
    app: FastifyInstance,
    request: FastifyRequest,
    userId: string,
    loaded: Loaded | null,
    answer: string,
  ): Promise<Spending | Refusal>;
}

interface TotpCredentialRow {
  totp_credential_id: string;
  encrypted_secret: string;
  key_id: string;
  last_used_step: bigint | number | null;
}

const NOTHING_TO_LOAD = Prisma.sql`SELECT 1 AS nothing WHERE false`;

const FACTORS: {
  totp: SecondFactor<TotpCredentialRow>;
  recovery_code: SecondFactor<object>;
} = {
  totp: {
    events: { ok: 'totp.verified', failed: 'totp.failed' },
    load: (userId) => Prisma.sql`
      SELECT id::text AS totp_credential_id, encrypted_secret, key_id, last_used_step
      FROM totp_credentials
      WHERE user_id = ${userId}::uuid AND confirmed_at IS NOT NULL
      ORDER BY confirmed_at DESC LIMIT 1`,
    async check(app, _request, userId, credential, code) {
      if (!credential) return 'invalid';
      const sealed = { encryptedSecret: credential.encrypted_secret, keyId: credential.key_id };
      const step = app.twoFactor.matchCode(userId, sealed, code);
      if (step === null) return 'invalid';
      const lastUsed = credential.last_used_step;
      if (lastUsed !== null && step <= Number(lastUsed)) {
        // The step just used, not an older code.
        return step === Number(lastUsed) ? 'reused' : 'invalid';
      }
      // Only a step newer than the last accepted one: a code is good once (replay refused).
      return {
        spend: Prisma.sql`
          UPDATE totp_credentials SET last_used_step = ${step}::bigint
          WHERE id = ${credential.totp_credential_id}::uuid AND user_id = ${userId}::uuid
            AND (last_used_step IS NULL OR last_used_step < ${step}::bigint)
          RETURNING 1`,
      };
    },
  },
  recovery_code: {
    events: { ok: 'recovery_code.used', failed: 'recovery_code.failed' },
    load: () => NOTHING_TO_LOAD,
    // Spent at once, with the notice to the owner in its transaction (a rare path).
    check: async (app, request, userId, _loaded, code) =>
      (await app.twoFactor.useRecoveryCode(request, userId, code)) ? {} : 'invalid',
  },
};

/** The account of a pending step, as the lockout knows it. */
export const accountOf = (pending: PendingLogin) => ({
  tenantDomain: pending.tenant.domain,
  username: pending.user.usernameKey,
});

/**
 * The second step of a sign-in: a TOTP code or a recovery code, allowed only with the pending
 * cookie of a `totp` challenge. Wrong codes count toward the account's lockout and end the
 * challenge after five; a right one completes it once and starts the session.
 */
export async function signInWithSecondFactor(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  method: SecondFactorMethod,
  code: string,
): Promise<AuthenticatedResponse> {
  const pending = await app.loginChallenges.current(request);
  if (pending?.kind !== 'totp') throw errors.loginExpired();
  const attempt = { request, reply, pending, method, code };
  switch (method) {
    case 'totp':
      await answer(app, attempt, FACTORS.totp);
      break;
    case 'recovery_code':
      await answer(app, attempt, FACTORS.recovery_code);
      break;
  }
  return { status: 'authenticated' };
}

interface Attempt {
  request: FastifyRequest;
  reply: FastifyReply;
  pending: PendingLogin;
  method: SecondFactorMethod;
  code: string;
}

/**
 * Counts the try (reading what the check needs in the same statement), checks the answer, then
 * spends it, completes the step and starts the session in one statement.
 */
async function answer<Loaded extends object>(
  app: FastifyInstance,
  { request, reply, pending, method, code }: Attempt,
  factor: SecondFactor<Loaded>,
): Promise<void> {
  const account = accountOf(pending);
  const { reservation, row } = await app.lockout.reserveAnd<Loaded>(
    account,
    factor.load(pending.user.id),
  );
  if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);
  const spending = await factor.check(app, request, pending.user.id, row, code);
  if (typeof spending === 'string') {
    return rejectCode(app, request, reply, pending, reservation, factor.events.failed, spending);
  }
  const finished = await startSession<{ spent: boolean }>(
    app,
    request,
    reply,
    { ...pending.user, account, method },
    {
      before: [actorOf(pending, factor.events.ok)],
      precondition: {
        ctes: Prisma.sql`
          spent AS (${spending.spend ?? Prisma.sql`SELECT 1`}),
          completed AS (
            UPDATE login_challenges SET completed_at = now()
            WHERE id = ${pending.challengeId}::uuid AND completed_at IS NULL
              AND EXISTS (SELECT 1 FROM spent)
            RETURNING 1)`,
        holds: Prisma.sql`EXISTS (SELECT 1 FROM completed)`,
        report: Prisma.sql`EXISTS (SELECT 1 FROM spent) AS spent`,
      },
    },
  );
  // Spent meanwhile by another request with the same code: right, but used.
  if (!finished?.spent) {
    return rejectCode(app, request, reply, pending, reservation, factor.events.failed, 'reused');
  }
  // Another request completed the step first.
  if (!finished.started) throw errors.loginExpired();
  app.loginChallenges.clearCookie(reply);
}

export async function rejectCode(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  pending: PendingLogin,
  reservation: Extract<Reservation, { blocked: false }>,
  event: AuditEventType,
  refusal: Refusal,
): Promise<never> {
  await app.audit.record(request, actorOf(pending, event));
  const ended = await app.loginChallenges.recordFailure(pending.challengeId);
  if (ended) app.loginChallenges.clearCookie(reply);
  if (reservation.lockSeconds > 0) {
    await app.audit.record(request, {
      ...actorOf(pending, 'login.locked'),
      details: { lockSeconds: reservation.lockSeconds },
    });
    app.securityNotices.accountLocked(request, pending.user.id, reservation.lockSeconds);
    throw errors.tooManyAttempts(reservation.lockSeconds);
  }
  if (ended) throw errors.loginExpired('Too many wrong codes. Please sign in again.');
  throw refusal === 'reused' ? errors.codeAlreadyUsed() : errors.invalidCode();
}

function actorOf(pending: PendingLogin, type: AuditEventType) {
  return {
    type,
    tenantId: pending.user.tenantId,
    actorUserId: pending.user.id,
    actorTenantId: pending.user.tenantId,
  };
}
