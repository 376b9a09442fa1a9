import type { RspRefusalReason } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { PortalIdentity } from '../../../plugins/app/reseller-portal.js';
import { authenticationSummary, showsMultiFactor } from '../../../security/mfa-evidence.js';
import { isTwoFactorRequired } from '../../../security/two-factor-policy.js';
import { finishSignIn } from './sign-in.js';

/** Why a validated portal identity may not sign in, with what the audit log keeps of it. */
export interface PortalRefusal {
  reason: RspRefusalReason;
  tenantId: string | null;
  subjectUserId: string | null;
  details: Prisma.InputJsonObject;
}

/**
 * The account linked to the portal's (issuer, subject), signed in; or why not. No account is
 * ever created here: an unknown subject is refused. When the account's role requires 2FA, the
 * portal must have done MFA: the tenant's grace deadline does not apply, because it gives time to
 * activate our TOTP, which a linked account does not use (its 2FA is the portal's to enforce).
 */
export async function signInLinkedAccount(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  identity: PortalIdentity,
): Promise<PortalRefusal | null> {
  const issuer = app.resellerPortal.issuer;
  const user = issuer
    ? await app.db.prisma.user.findUnique({
        where: {
          externalIssuer_externalSubject: {
            externalIssuer: issuer,
            externalSubject: identity.subject,
          },
        },
        select: {
          id: true,
          tenantId: true,
          status: true,
          roles: { select: { role: { select: { key: true } } } },
          tenant: { select: { twoFactorRequiredFor: true, twoFactorGraceUntil: true } },
        },
      })
    : null;
  if (!user) {
    // The subject is the portal's account name, no secret: an administrator links it with it.
    return refusal('not_linked', null, null, { subject: identity.subject.slice(0, 255) });
  }
  if (user.status !== 'active') return refusal('account_disabled', user.tenantId, user.id);
  const roles = user.roles.map(({ role }) => role.key);
  if (
    isTwoFactorRequired(user.tenant, roles) &&
    !showsMultiFactor(identity, app.resellerPortal.mfaAcrValues)
  ) {
    return refusal('mfa_required', user.tenantId, user.id, authenticationSummary(identity));
  }
  await finishSignIn(app, request, reply, {
    id: user.id,
    tenantId: user.tenantId,
    method: 'reseller_portal',
  });
  return null;
}

function refusal(
  reason: RspRefusalReason,
  tenantId: string | null,
  subjectUserId: string | null,
  details: Prisma.InputJsonObject = {},
): PortalRefusal {
  return { reason, tenantId, subjectUserId, details };
}
