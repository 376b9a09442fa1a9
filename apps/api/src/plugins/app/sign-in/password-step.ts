import type { LoginRequest, LoginResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { secondStepAfterPassword } from '../../../security/two-factor-policy.js';
import type { AuditEntry } from '../audit.js';
import { type AccountRow, accountOfRow, accountRead, canonicalName } from './find-account.js';
import { type SignInChanges, startSession, userChangesSql } from './session-start.js';

/**
 * Password sign-in. Unknown tenant, unknown user, deactivated user, an account linked to the
 * reseller portal and wrong password take the same path: the same statements, one argon2 verify
 * (real or dummy), the same 401 and the same lockout accounting, so neither answer nor timing
 * tells whether an account exists or signs in elsewhere. The attempt is counted before the hash.
 */
export async function signInWithPassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  credentials: LoginRequest,
): Promise<LoginResponse> {
  const name = canonicalName(credentials);
  // The attempt is counted and the account read in one statement, before the hash.
  const counted = await app.lockout.reserveAnd<AccountRow>(name, accountRead(name));
  const { reservation } = counted;
  const { tenant, user, policy, roles, hasSecondFactor } = accountOfRow(name, counted.row);
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
    const failed: AuditEntry = { type: 'login.failed', ...attempt, details: name };
    if (reservation.lockSeconds > 0) {
      const locked: AuditEntry = {
        type: 'login.locked',
        ...attempt,
        details: { ...name, lockSeconds: reservation.lockSeconds },
      };
      await app.db.prisma.$executeRaw(app.audit.recordSql(request, [failed, locked]));
      if (user?.status === 'active') {
        app.securityNotices.accountLocked(request, user.id, reservation.lockSeconds);
      }
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    await app.audit.record(request, failed);
    throw errors.invalidCredentials({ orResellerPortal: app.resellerPortal.enabled });
  }

  const changes: SignInChanges = {
    passwordHash: app.passwords.needsRehash(usable.passwordHash)
      ? await app.passwords.hash(credentials.password)
      : undefined,
    // The UI's language becomes the language of the user's mails (also changeable under Account).
    language: credentials.language !== usable.language ? credentials.language : undefined,
  };
  // The 2FA state as read with the account, before the hash: a change during these milliseconds
  // is caught by the pending step, which is bound to the account's factors.
  const next = policy ? secondStepAfterPassword(policy, { roles, hasSecondFactor }) : 'none';
  if (next === 'none') {
    await startSession(
      app,
      request,
      reply,
      { id: usable.id, tenantId: usable.tenantId, method: 'password', account: name },
      { changes },
    );
    return { status: 'authenticated' };
  }
  // The failure streak is forgotten only once every factor has passed: a correct password
  // followed by wrong codes keeps counting toward the lockout.
  await app.loginChallenges.begin(reply, usable.id, next, {
    passwordHash: changes.passwordHash,
    alongside: [
      app.lockout.passwordAcceptedSql(name),
      userChangesSql(usable, changes, { signedIn: false }),
    ],
  });
  return { status: next === 'totp' ? 'totp_required' : 'totp_enrollment_required' };
}
