import type { RspRefusalReason } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import { authenticationSummary, showsMultiFactor } from '../../../security/mfa-evidence.js';
import { isTwoFactorRequired } from '../../../security/two-factor-policy.js';
import { type PortalIdentity, PortalSignInError } from '../reseller-portal.js';
import { startSession } from './session-start.js';

/** How a round trip through the reseller portal ended: signed in, or refused and why. */
export type PortalOutcome =
  | { status: 'signed_in' }
  | { status: 'refused'; reason: RspRefusalReason };

/** Why a sign-in through the portal may not go on, with what the audit log keeps of it. */
interface PortalRefusal {
  reason: RspRefusalReason;
  tenantId: string | null;
  subjectUserId: string | null;
  details: Prisma.InputJsonObject;
}

/** Where to send the browser to sign in at the portal; refused when the portal is unavailable. */
export async function beginPortalSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { reauthenticate: boolean },
): Promise<URL | PortalOutcome> {
  if (!app.resellerPortal.enabled) throw errors.notFound();
  try {
    return await app.resellerPortal.begin(reply, options);
  } catch (error) {
    return refuseFailure(app, request, error);
  }
}

/**
 * The portal's answer at the callback: the account linked to the portal's (issuer, subject),
 * signed in; or refused, audited as `rsp.login_refused`. A malformed callback is refused like any
 * invalid answer.
 */
export async function completePortalSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { malformed: boolean },
): Promise<PortalOutcome> {
  if (!app.resellerPortal.enabled) throw errors.notFound();
  if (options.malformed) {
    app.resellerPortal.discardState(reply);
    return refuse(app, request, failure('invalid_response', 'callback_query_invalid'));
  }
  let identity: PortalIdentity;
  try {
    identity = await app.resellerPortal.complete(request, reply);
  } catch (error) {
    return refuseFailure(app, request, error);
  }
  const refusal = await signInLinkedAccount(app, request, reply, identity);
  return refusal ? refuse(app, request, refusal) : { status: 'signed_in' };
}

/**
 * No account is ever created here: an unknown subject is refused. When the account's role
 * requires 2FA, the portal must have done MFA: the tenant's grace deadline does not apply, because
 * it gives time to activate our TOTP, which a linked account does not use.
 */
async function signInLinkedAccount(
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
  await startSession(app, request, reply, {
    id: user.id,
    tenantId: user.tenantId,
    method: 'reseller_portal',
  });
  return null;
}

async function refuseFailure(
  app: FastifyInstance,
  request: FastifyRequest,
  error: unknown,
): Promise<PortalOutcome> {
  if (!(error instanceof PortalSignInError)) throw error;
  return refuse(app, request, failure(error.reason, error.detail));
}

async function refuse(
  app: FastifyInstance,
  request: FastifyRequest,
  { reason, tenantId, subjectUserId, details }: PortalRefusal,
): Promise<PortalOutcome> {
  await app.audit.record(request, {
    type: 'rsp.login_refused',
    tenantId,
    subjectUserId,
    details: { reason, ...details },
  });
  return { status: 'refused', reason };
}

/** A failure before the account is known: no tenant, no user. */
function failure(reason: RspRefusalReason, detail: string): PortalRefusal {
  return refusal(reason, null, null, { detail });
}

function refusal(
  reason: RspRefusalReason,
  tenantId: string | null,
  subjectUserId: string | null,
  details: Prisma.InputJsonObject = {},
): PortalRefusal {
  return { reason, tenantId, subjectUserId, details };
}
