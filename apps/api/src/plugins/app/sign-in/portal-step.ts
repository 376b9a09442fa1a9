import type { RspRefusalReason } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import { authenticationSummary, showsMultiFactor } from '../../../security/mfa-evidence.js';
import { isTwoFactorRequired } from '../../../security/two-factor-policy.js';
import { type PortalIdentity, PortalSignInError } from '../reseller-portal.js';
import { startSession } from './session-start.js';

/** How a round trip through the reseller portal ended. */
export type PortalOutcome =
  | { status: 'signed_in' }
  /** A step-up of a signed-in session: its factors are proven now; back to where it started. */
  | { status: 'reauthenticated'; returnTo: string }
  | { status: 'refused'; reason: RspRefusalReason };

/** Why a sign-in through the portal may not go on, with what the audit log keeps of it. */
interface PortalRefusal {
  reason: RspRefusalReason;
  tenantId: string | null;
  subjectUserId: string | null;
  details: Prisma.InputJsonObject;
}

/**
 * Where to send the browser to sign in at the portal (or, with `stepUp`, to prove again who the
 * signed-in linked account is); refused when the portal is unavailable.
 */
export async function beginPortalSignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { reauthenticate: boolean; stepUp?: { returnTo: string } },
): Promise<URL | PortalOutcome> {
  if (!app.resellerPortal.enabled) throw errors.notFound();
  const stepUp = options.stepUp && (await stepUpOf(app, request, options.stepUp.returnTo));
  try {
    return await app.resellerPortal.begin(reply, {
      reauthenticate: options.reauthenticate,
      ...(stepUp ? { stepUp } : {}),
    });
  } catch (error) {
    return refuseFailure(app, request, error);
  }
}

/**
 * The portal's answer at the callback: the account linked to the portal's (issuer, subject),
 * signed in (or its session's step-up done); or refused, audited as `rsp.login_refused`. A
 * malformed callback is refused like any invalid answer.
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
  if (identity.stepUp) return reauthenticateLinkedAccount(app, request, identity, identity.stepUp);
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
  const user = await linkedUser(app, identity.subject);
  if (!user) {
    // The subject is the portal's account name, no secret: an administrator links it with it.
    return refusal('not_linked', null, null, { subject: identity.subject.slice(0, 255) });
  }
  if (user.status !== 'active' || user.tenant.status !== 'active') {
    return refusal('account_disabled', user.tenantId, user.id);
  }
  const mfaMissing = mfaRefusal(app, user, identity);
  if (mfaMissing) return mfaMissing;
  await startSession(app, request, reply, {
    id: user.id,
    tenantId: user.tenantId,
    method: 'reseller_portal',
  });
  return null;
}

/** A step-up is for a signed-in session of a linked account. */
async function stepUpOf(app: FastifyInstance, request: FastifyRequest, returnTo: string) {
  const auth = await app.sessions.current(request);
  if (auth?.authMethod !== 'reseller_portal') throw errors.unauthenticated();
  return { sessionId: auth.sessionId, returnTo, maxAgeSeconds: app.sessions.stepUpMaxAgeSeconds };
}

/**
 * The portal authenticated someone anew for a session's step-up: only the account of that
 * session counts (another portal account proves nothing about it), with MFA where its role
 * needs it. Then the session's factors count as proven now.
 */
async function reauthenticateLinkedAccount(
  app: FastifyInstance,
  request: FastifyRequest,
  identity: PortalIdentity,
  stepUp: { sessionId: string; returnTo: string },
): Promise<PortalOutcome> {
  const session = await app.db.prisma.session.findFirst({
    where: { id: stepUp.sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  const user = session ? await linkedUser(app, identity.subject) : null;
  if (
    !session ||
    user?.id !== session.userId ||
    user.status !== 'active' ||
    user.tenant.status !== 'active'
  ) {
    return refuse(app, request, refusal('other_account', user?.tenantId ?? null, user?.id ?? null));
  }
  const mfaMissing = mfaRefusal(app, user, identity);
  if (mfaMissing) return refuse(app, request, mfaMissing);
  await app.sessions.recordProof(stepUp.sessionId);
  await app.audit.record(request, {
    type: 'account.reauthenticated',
    tenantId: user.tenantId,
    actorUserId: user.id,
    actorTenantId: user.tenantId,
    details: { via: 'reseller_portal' },
  });
  return { status: 'reauthenticated', returnTo: stepUp.returnTo };
}

type LinkedUser = NonNullable<Awaited<ReturnType<typeof linkedUser>>>;

/** The account linked to the portal's subject at the configured issuer. */
async function linkedUser(app: FastifyInstance, subject: string) {
  const issuer = app.resellerPortal.issuer;
  if (!issuer) return null;
  return app.db.prisma.user.findUnique({
    where: { externalIssuer_externalSubject: { externalIssuer: issuer, externalSubject: subject } },
    select: {
      id: true,
      tenantId: true,
      status: true,
      roles: { select: { role: { select: { key: true } } } },
      tenant: { select: { status: true, twoFactorRequiredFor: true, twoFactorGraceUntil: true } },
    },
  });
}

/** When the account's role requires 2FA, the portal must report MFA. */
function mfaRefusal(
  app: FastifyInstance,
  user: LinkedUser,
  identity: PortalIdentity,
): PortalRefusal | null {
  const roles = user.roles.map(({ role }) => role.key);
  if (!isTwoFactorRequired(user.tenant, roles)) return null;
  if (showsMultiFactor(identity, app.resellerPortal.mfaAcrValues)) return null;
  return refusal('mfa_required', user.tenantId, user.id, authenticationSummary(identity));
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
