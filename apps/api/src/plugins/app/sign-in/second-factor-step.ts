import type { AuditEventType, AuthenticatedResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import type { Reservation } from '../lockout.js';
import type { PendingLogin } from '../login-challenges.js';
import { startSession } from './session-start.js';

export type SecondFactorMethod = 'totp' | 'recovery_code';

const EVENTS: Record<SecondFactorMethod, { ok: AuditEventType; failed: AuditEventType }> = {
  totp: { ok: 'totp.verified', failed: 'totp.failed' },
  recovery_code: { ok: 'recovery_code.used', failed: 'recovery_code.failed' },
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
  const account = accountOf(pending);
  const reservation = await app.lockout.reserve(account);
  if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);

  const ok =
    method === 'totp'
      ? await app.twoFactor.verifyCode(pending.user.id, code)
      : await app.twoFactor.useRecoveryCode(request, pending.user.id, code);
  if (!ok) return rejectCode(app, request, reply, pending, reservation, EVENTS[method].failed);

  if (!(await app.loginChallenges.complete(pending.challengeId))) throw errors.loginExpired();
  app.loginChallenges.clearCookie(reply);
  await app.audit.record(request, actorOf(pending, EVENTS[method].ok));
  await startSession(app, request, reply, { ...pending.user, account, method });
  return { status: 'authenticated' };
}

export async function rejectCode(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  pending: PendingLogin,
  reservation: Extract<Reservation, { blocked: false }>,
  event: AuditEventType,
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
  throw errors.invalidCode();
}

function actorOf(pending: PendingLogin, type: AuditEventType) {
  return {
    type,
    tenantId: pending.user.tenantId,
    actorUserId: pending.user.id,
    actorTenantId: pending.user.tenantId,
  };
}
