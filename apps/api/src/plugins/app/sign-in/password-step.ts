import type { LoginRequest, LoginResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { findAccount } from './find-account.js';
import { secondStepFor, startSession } from './session-start.js';

/**
 * Password sign-in. Unknown tenant, unknown user, deactivated user, an account linked to the
 * reseller portal and wrong password take the same path: the same queries, one argon2 verify
 * (real or dummy), the same 401 and the same lockout accounting, so neither answer nor timing
 * tells whether an account exists or signs in elsewhere. The attempt is counted before the hash.
 */
export async function signInWithPassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  credentials: LoginRequest,
): Promise<LoginResponse> {
  const { name, tenant, user } = await findAccount(app.db.prisma, credentials);
  const reservation = await app.lockout.reserve(name);
  if (reservation.blocked) {
    await app.audit.record(request, {
      type: 'login.blocked',
      tenantId: tenant?.id ?? null,
      details: name,
    });
    throw errors.tooManyAttempts(reservation.retryAfterSeconds);
  }

  // A linked account signs in at the reseller portal only: its password hash is cleared when it
  // is linked, and even a stray hash is never checked (the same dummy verify as no account).
  const usable =
    user?.status === 'active' && user.passwordHash && user.externalSubject === null ? user : null;
  const verified = usable?.passwordHash
    ? await app.passwords.verify(usable.passwordHash, credentials.password)
    : await app.passwords.verifyDummy(credentials.password);

  if (!usable?.passwordHash || !verified) {
    const attempt = { tenantId: tenant?.id ?? null, subjectUserId: user?.id ?? null };
    await app.audit.record(request, { type: 'login.failed', ...attempt, details: name });
    if (reservation.lockSeconds > 0) {
      await app.audit.record(request, {
        type: 'login.locked',
        ...attempt,
        details: { ...name, lockSeconds: reservation.lockSeconds },
      });
      if (user?.status === 'active') {
        app.securityNotices.accountLocked(request, user.id, reservation.lockSeconds);
      }
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    throw errors.invalidCredentials({ orResellerPortal: app.resellerPortal.enabled });
  }

  const passwordHash = app.passwords.needsRehash(usable.passwordHash)
    ? await app.passwords.hash(credentials.password)
    : undefined;
  // The UI's language becomes the language of the user's mails (also changeable under Account).
  const language = credentials.language !== usable.language ? credentials.language : undefined;
  if (passwordHash || language) {
    await app.db.prisma.user.update({ where: { id: usable.id }, data: { passwordHash, language } });
  }
  // The failure streak is forgotten only once every factor has passed: a correct password
  // followed by wrong codes keeps counting toward the lockout.
  const next = await secondStepFor(app, usable.id);
  if (next !== 'none') await app.lockout.passwordAccepted(name);
  if (next === 'totp') {
    await app.loginChallenges.begin(reply, usable.id, 'totp');
    return { status: 'totp_required' };
  }
  if (next === 'enrollment') {
    await app.loginChallenges.begin(reply, usable.id, 'enrollment');
    return { status: 'totp_enrollment_required' };
  }
  await startSession(app, request, reply, {
    id: usable.id,
    tenantId: usable.tenantId,
    method: 'password',
    account: name,
  });
  return { status: 'authenticated' };
}
