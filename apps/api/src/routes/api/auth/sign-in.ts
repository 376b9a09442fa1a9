import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type SecondStep, secondStepAfterPassword } from '../../../security/two-factor-policy.js';

/** The last step of every sign-in path: forget the failure streak, start the session, audit. */
export async function finishSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: {
    id: string;
    tenantId: string;
    accountKey: string;
    method: 'password' | 'totp' | 'recovery_code' | 'totp_activation';
  },
): Promise<void> {
  await app.loginThrottle.succeeded(user.accountKey);
  await app.db.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await app.sessions.start(request, reply, user.id, user.tenantId);
  await app.audit.record(request, {
    type: 'login.succeeded',
    tenantId: user.tenantId,
    actorUserId: user.id,
    actorTenantId: user.tenantId,
    details: { method: user.method },
  });
}

/** What the tenant's policy and the user's 2FA state ask for after a correct password. */
export async function secondStepFor(app: FastifyInstance, userId: string): Promise<SecondStep> {
  const user = await app.db.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      roles: { select: { role: { select: { key: true } } } },
      tenant: { select: { twoFactorRequiredFor: true, twoFactorGraceUntil: true } },
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  return secondStepAfterPassword(user.tenant, {
    roles: user.roles.map(({ role }) => role.key),
    hasTotp: user.totpCredentials.length > 0,
  });
}
