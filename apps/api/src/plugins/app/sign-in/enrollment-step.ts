import type { TotpEnrollmentConfirmResponse, TotpEnrollmentResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { CHALLENGE_SECONDS, type PendingLogin } from '../login-challenges.js';
import { accountOf } from './second-factor-step.js';
import { startSession } from './session-start.js';

export interface Enrollee {
  user: { id: string; username: string; tenantId: string };
  tenantDomain: string;
  /** Set when activation is the pending step of a sign-in (no session yet). */
  pending: PendingLogin | null;
}

/**
 * Who is activating: the user of a pending `enrollment` challenge, or a signed-in user who has
 * proven their factors recently (step-up). A pending
 * `totp` challenge never qualifies: knowing the password must not let anyone replace a second
 * factor that is already in force.
 */
export async function resolveEnrollee(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<Enrollee> {
  const pending = await app.loginChallenges.current(request);
  if (pending?.kind === 'enrollment') {
    return { user: pending.user, tenantDomain: pending.tenant.domain, pending };
  }
  const auth = await app.sessions.current(request);
  if (auth) {
    // Replacing (or adding) a second factor is a sensitive change: a stolen session alone
    // must not be able to put the thief's authenticator in place of the owner's.
    if (!app.sessions.hasRecentProof(auth)) throw errors.reauthenticationRequired();
    const { id, username } = auth.user;
    return {
      user: { id, username, tenantId: auth.tenant.id },
      tenantDomain: auth.tenant.domain,
      pending: null,
    };
  }
  throw app.loginChallenges.hasCookie(request) ? errors.loginExpired() : errors.unauthenticated();
}

/** A new secret for the activating user: shown once, in force once its first code confirms it. */
export async function startEnrollment(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<TotpEnrollmentResponse> {
  const { user, tenantDomain, pending } = await resolveEnrollee(app, request);
  // As long as the step lasts (the pending sign-in, or the step-up that allows it) a reload
  // shows the secret the app may have scanned already.
  const keepSeconds = pending ? CHALLENGE_SECONDS.enrollment : app.sessions.stepUpMaxAgeSeconds;
  const enrollment = await app.twoFactor.startEnrollment(user, tenantDomain, keepSeconds);
  await app.audit.record(request, auditOf(user, 'totp.enrollment_started'));
  return enrollment;
}

/** Confirms the new secret with its first code; during a sign-in, the session starts now. */
export async function confirmEnrollment(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
): Promise<TotpEnrollmentConfirmResponse> {
  const { user, pending } = await resolveEnrollee(app, request);
  const recoveryCodes = await app.twoFactor.confirmEnrollment(request, user.id, code);
  if (!recoveryCodes) {
    await app.audit.record(request, auditOf(user, 'totp.failed'));
    if (pending && (await app.loginChallenges.recordFailure(pending.challengeId))) {
      app.loginChallenges.clearCookie(reply);
      throw errors.loginExpired('Too many wrong codes. Please sign in again.');
    }
    throw errors.invalidCode();
  }
  await app.audit.record(request, auditOf(user, 'totp.activated'));
  if (pending) {
    if (!(await app.loginChallenges.complete(pending.challengeId))) throw errors.loginExpired();
    app.loginChallenges.clearCookie(reply);
    await startSession(app, request, reply, {
      ...user,
      account: accountOf(pending),
      method: 'totp_activation',
    });
  }
  return { status: 'authenticated', recoveryCodes };
}

function auditOf(
  user: Enrollee['user'],
  type: 'totp.enrollment_started' | 'totp.activated' | 'totp.failed',
) {
  return { type, tenantId: user.tenantId, actorUserId: user.id, actorTenantId: user.tenantId };
}
