import type { ResetPasswordRequest, ResetPasswordResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { accountKey } from '../../../plugins/app/login-throttle.js';
import type { ResetTokenOwner } from '../../../plugins/app/password-resets.js';
import { checkPassword } from '../../../security/password-policy.js';
import { secondStepFor } from '../auth/sign-in.js';

export async function ownerOf(app: FastifyInstance, token: string): Promise<ResetTokenOwner> {
  const owner = await app.passwordResets.find(token);
  if (!owner) throw errors.invalidToken();
  return owner;
}

/**
 * Sets the new password from a reset link. In one transaction: the token is used (once), the
 * password replaced, every session of the user revoked, and the "password changed" mail queued.
 * If the account must use 2FA and has none, the activation step starts at once (figures 1–3 of
 * the help page); otherwise the user signs in anew.
 */
export async function resetPassword(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: ResetPasswordRequest,
): Promise<ResetPasswordResponse> {
  const owner = await ownerOf(app, body.token);
  const verdict = checkPassword(body.password, {
    username: owner.user.username,
    tenantDomain: owner.tenantDomain,
  });
  if (!verdict.ok) throw errors.weakPassword(verdict.reason, verdict.message);
  const passwordHash = await app.passwords.hash(body.password);
  const { user } = owner;

  const changed = await app.db.prisma.$transaction(async (tx) => {
    if (!(await app.passwordResets.consume(tx, owner))) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await app.sessions.revokeAllOf(user.id, tx);
    if (user.email) {
      await app.mail.enqueue(
        {
          to: user.email,
          tenantId: user.tenantId,
          locale: user.locale,
          template: {
            name: 'password-changed',
            account: { username: user.username, tenantDomain: owner.tenantDomain },
            changedAt: new Date(),
          },
        },
        tx,
      );
    }
    return true;
  });
  if (!changed) throw errors.invalidToken();

  // Whoever opened the mail has proven control of the account's mailbox: a lockout ends.
  await app.loginThrottle.succeeded(accountKey(owner.tenantDomain, user.usernameKey));
  await app.audit.record(request, {
    type: 'password.changed',
    tenantId: user.tenantId,
    actorUserId: user.id,
    actorTenantId: user.tenantId,
    details: { via: 'reset_link' },
  });
  if ((await secondStepFor(app, user.id)) === 'enrollment') {
    await app.loginChallenges.begin(reply, user.id, 'enrollment');
    return { status: 'password_changed', next: 'totp_enrollment_required' };
  }
  return { status: 'password_changed', next: 'login' };
}
