import type { ReauthenticateRequest } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../sessions.js';
import type { CodeCheck } from '../two-factor.js';

const TOTP_CODE = /^[0-9]{6}$/;

/**
 * Step-up re-authentication of a signed-in session: the password, plus a current TOTP code or a
 * recovery code when the account has 2FA. Counted by the account's lockout like a sign-in, so a
 * stolen session cannot guess its way to a sensitive change. Linked reseller-portal accounts have
 * no password here: they prove themselves at the portal (GET /api/auth/rsp/login?prompt=login).
 */
export async function reauthenticate(
  app: FastifyInstance,
  request: FastifyRequest,
  auth: AuthContext,
  answer: ReauthenticateRequest,
): Promise<void> {
  if (auth.authMethod === 'reseller_portal') throw errors.managedByResellerPortal('password');
  const account = { tenantDomain: auth.tenant.domain, username: auth.user.username };
  const reservation = await app.lockout.reserve(account);
  if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);

  const passwordOk = await app.passwords.verifyOf(auth.user.id, answer.password);
  // A code is only spent once the password is right: a wrong password uses up no code.
  const code: CodeCheck = !auth.user.twoFactorEnabled
    ? 'accepted'
    : passwordOk
      ? await checkCode(app, request, auth, answer)
      : 'invalid';
  const codeOk = code === 'accepted';
  const actor = {
    tenantId: auth.tenant.id,
    actorUserId: auth.user.id,
    actorTenantId: auth.tenant.id,
  };
  if (!passwordOk || !codeOk) {
    await app.audit.record(request, { type: 'account.reauthentication_failed', ...actor });
    if (reservation.lockSeconds > 0) {
      await app.audit.record(request, {
        type: 'login.locked',
        ...actor,
        details: { lockSeconds: reservation.lockSeconds },
      });
      app.securityNotices.accountLocked(request, auth.user.id, reservation.lockSeconds);
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    if (!passwordOk) throw errors.wrongPassword();
    // Right, but its time step was spent (at sign-in a moment ago): the next code will do.
    throw code === 'reused' ? errors.codeAlreadyUsed() : errors.invalidCode();
  }
  await app.lockout.succeeded(account);
  await app.sessions.recordProof(auth.sessionId);
  await app.audit.record(request, { type: 'account.reauthenticated', ...actor });
}

async function checkCode(
  app: FastifyInstance,
  request: FastifyRequest,
  auth: AuthContext,
  answer: ReauthenticateRequest,
): Promise<CodeCheck> {
  const code = answer.code?.trim();
  if (!code) return 'invalid';
  if (TOTP_CODE.test(code)) return app.twoFactor.checkCode(auth.user.id, code);
  return (await app.twoFactor.useRecoveryCode(request, auth.user.id, code))
    ? 'accepted'
    : 'invalid';
}
