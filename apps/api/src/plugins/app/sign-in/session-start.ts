import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type SecondStep, secondStepAfterPassword } from '../../../security/two-factor-policy.js';
import type { AccountName } from '../lockout.js';

export type SignInMethod =
  | 'password'
  | 'totp'
  | 'recovery_code'
  | 'totp_activation'
  | 'reseller_portal'
  | 'webauthn'
  | 'webauthn_passwordless'
  | 'passkey_activation';

export interface SignedInUser {
  id: string;
  tenantId: string;
  method: SignInMethod;
  /** The account as the lockout knows it; a reseller-portal sign-in has no password lockout. */
  account?: AccountName;
}

/** The last step of every sign-in path: forget the failure streak, start the session, audit. */
export async function startSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: SignedInUser,
): Promise<void> {
  if (user.account) await app.lockout.succeeded(user.account);
  await app.db.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const authMethod = user.method === 'reseller_portal' ? 'reseller_portal' : 'local';
  await app.sessions.start(request, reply, user.id, user.tenantId, authMethod);
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
      webauthnCredentials: { select: { id: true }, take: 1 },
    },
  });
  return secondStepAfterPassword(user.tenant, {
    roles: user.roles.map(({ role }) => role.key),
    hasSecondFactor: user.totpCredentials.length > 0 || user.webauthnCredentials.length > 0,
  });
}
