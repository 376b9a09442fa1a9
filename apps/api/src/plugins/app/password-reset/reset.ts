import type { ResetPasswordRequest, ResetPasswordResponse } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { checkPassword } from '../../../security/password-policy.js';
import type { ResetTokenOwner } from './index.js';

export async function ownerOf(app: FastifyInstance, token: string): Promise<ResetTokenOwner> {
  const owner = await app.passwordResets.find(token);
  if (!owner) throw errors.invalidToken();
  return owner;
}

/**
 * Sets the new password from a reset link. In one transaction: the token is used (once), the
 * password replaced, every session of the user revoked, and the "password reset" notice queued.
 * Then the sign-in service decides what comes next (2FA activation, or signing in anew).
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
    await app.securityNotices.send(request, user.id, { kind: 'password-reset' }, tx);
    return true;
  });
  if (!changed) throw errors.invalidToken();

  await app.audit.record(request, {
    type: 'password.changed',
    tenantId: user.tenantId,
    actorUserId: user.id,
    actorTenantId: user.tenantId,
    details: { via: 'reset_link' },
  });
  const next = await app.signIn.afterPasswordReset(reply, {
    id: user.id,
    account: { tenantDomain: owner.tenantDomain, username: user.usernameKey },
  });
  return { status: 'password_changed', next };
}
