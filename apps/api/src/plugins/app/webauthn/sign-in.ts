import type {
  AuthenticatedResponse,
  PasskeyAssertion,
  PasskeyOptionsResponse,
  PasskeySignInRequest,
  SecondFactorOptionsResponse,
} from '@portal/shared';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebauthnChallengePurpose } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../sessions.js';
import { accountOf, rejectCode } from '../sign-in/second-factor-step.js';
import { startSession } from '../sign-in/session-start.js';
import { assertionJson } from './ceremonies.js';
import type { StoredPasskey } from './credentials.js';
import { actorOf, type PasskeyContext } from './registration.js';

/**
 * Verifies an assertion of `passkey` against a challenge taken for `purpose` and records the use.
 * Any failure is false: an unknown or used challenge, a wrong origin or RP id, a bad signature,
 * missing user verification where required, or a counter that did not go up (the library's
 * sign of a cloned authenticator: the assertion is refused and the stored counter stays).
 */
async function verifyAssertion(
  ctx: PasskeyContext,
  credential: PasskeyAssertion,
  passkey: StoredPasskey | null,
  challenge: { purpose: WebauthnChallengePurpose; userId: string | null },
  requireUserVerification: boolean,
): Promise<boolean> {
  const response = assertionJson(credential);
  const expectedChallenge = await ctx.challenges.take(
    challenge.purpose,
    challenge.userId,
    response.response.clientDataJSON,
  );
  if (!expectedChallenge || !passkey) return false;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: ctx.rp.origin,
    expectedRPID: ctx.rp.id,
    credential: passkey.credential,
    requireUserVerification,
  }).catch(() => null);
  if (!result?.verified) return false;
  const { newCounter, credentialBackedUp, credentialDeviceType } = result.authenticationInfo;
  return ctx.credentials.recordUse(passkey, {
    newCounter,
    backedUp: credentialBackedUp,
    deviceType: credentialDeviceType,
  });
}

async function authenticationOptions(
  ctx: PasskeyContext,
  purpose: WebauthnChallengePurpose,
  userId: string | null,
  userVerification: 'preferred' | 'required',
) {
  const options = await generateAuthenticationOptions({
    rpID: ctx.rp.id,
    allowCredentials: userId ? await ctx.credentials.descriptors(userId) : [],
    userVerification,
  });
  await ctx.challenges.issue(purpose, userId, options.challenge);
  return { ...options };
}

/** The second step of a sign-in: the factors the account has, and options for its passkeys. */
export async function secondFactorOptions(
  ctx: PasskeyContext,
  request: FastifyRequest,
): Promise<SecondFactorOptionsResponse> {
  const pending = await ctx.app.loginChallenges.current(request);
  if (pending?.kind !== 'totp') throw errors.loginExpired();
  const { id } = pending.user;
  const [hasPasskey, totp] = await Promise.all([
    ctx.app.db.prisma.webauthnCredential.count({ where: { userId: id } }),
    ctx.app.twoFactor.isEnabled(id),
  ]);
  return {
    passkey:
      hasPasskey > 0 ? await authenticationOptions(ctx, 'second_factor', id, 'preferred') : null,
    totp,
  };
}

/**
 * A passkey as the second step, exactly like a TOTP code: only with the pending cookie, failures
 * count toward the lockout and end the step after five, success completes it once, rotates
 * into a new session and is audited as `login.second_factor` (method webauthn). Only the pending
 * user's own passkeys count, so another account's passkey (of any tenant) is a failure.
 */
export async function withSecondFactor(
  ctx: PasskeyContext,
  request: FastifyRequest,
  reply: FastifyReply,
  credential: PasskeyAssertion,
): Promise<AuthenticatedResponse> {
  const { app } = ctx;
  const pending = await app.loginChallenges.current(request);
  if (pending?.kind !== 'totp') throw errors.loginExpired();
  const account = accountOf(pending);
  const reservation = await app.lockout.reserve(account);
  if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);

  const passkey = await ctx.credentials.find(credential.id, pending.user.id);
  const challenge = { purpose: 'second_factor' as const, userId: pending.user.id };
  if (!(await verifyAssertion(ctx, credential, passkey, challenge, false))) {
    return rejectCode(app, request, reply, pending, reservation, 'passkey.failed', 'invalid');
  }
  if (!(await app.loginChallenges.complete(pending.challengeId))) throw errors.loginExpired();
  app.loginChallenges.clearCookie(reply);
  await app.audit.record(request, {
    ...actorOf(pending.user),
    type: 'login.second_factor',
    details: { method: 'webauthn', passkeyId: passkey?.id ?? null },
  });
  await startSession(app, request, reply, { ...pending.user, account, method: 'webauthn' });
  return { status: 'authenticated' };
}

/** Options for a passwordless sign-in: no account named, so any discoverable passkey may answer. */
export const signInOptions = async (ctx: PasskeyContext): Promise<PasskeyOptionsResponse> => ({
  options: await authenticationOptions(ctx, 'passwordless', null, 'required'),
});

/**
 * Passwordless sign-in. The account, and with it the tenant, is the passkey's owner: nothing the
 * client sends names either. An unknown passkey, one whose user or tenant is deactivated, one of
 * a linked reseller-portal account and a failed verification all get the same 401. User
 * verification is required, so the passkey proves possession and the user (two factors): the
 * 2FA policy is met without another step.
 */
export async function signIn(
  ctx: PasskeyContext,
  request: FastifyRequest,
  reply: FastifyReply,
  body: PasskeySignInRequest,
): Promise<AuthenticatedResponse> {
  const { app } = ctx;
  const owner = await app.db.prisma.webauthnCredential.findUnique({
    where: { credentialId: body.credential.id },
    select: {
      user: {
        select: {
          id: true,
          tenantId: true,
          usernameKey: true,
          language: true,
          status: true,
          externalSubject: true,
          tenant: { select: { domain: true, status: true } },
        },
      },
    },
  });
  const user = owner?.user;
  const usable =
    user?.status === 'active' && user.tenant.status === 'active' && user.externalSubject === null
      ? user
      : null;
  const handleMatches =
    !usable ||
    body.credential.response.userHandle === undefined ||
    body.credential.response.userHandle === userHandleOf(usable.id);
  const account = usable && { tenantDomain: usable.tenant.domain, username: usable.usernameKey };
  const reservation = account ? await app.lockout.reserve(account) : null;
  if (reservation?.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);

  const passkey = usable && handleMatches ? await ctx.credentials.find(body.credential.id) : null;
  const challenge = { purpose: 'passwordless' as const, userId: null };
  if (
    !usable ||
    !account ||
    !(await verifyAssertion(ctx, body.credential, passkey, challenge, true))
  ) {
    await app.audit.record(request, {
      type: 'passkey.failed',
      tenantId: usable?.tenantId ?? null,
      subjectUserId: usable?.id ?? null,
      details: { ceremony: 'passwordless' },
    });
    if (reservation && reservation.lockSeconds > 0 && usable) {
      app.securityNotices.accountLocked(request, usable.id, reservation.lockSeconds);
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    throw errors.invalidCredentials({ orResellerPortal: false });
  }
  if (body.language && body.language !== usable.language) {
    await app.db.prisma.user.update({
      where: { id: usable.id },
      data: { language: body.language },
    });
  }
  await startSession(app, request, reply, {
    id: usable.id,
    tenantId: usable.tenantId,
    account,
    method: 'webauthn_passwordless',
  });
  return { status: 'authenticated' };
}

/** The user handle registration gave the authenticator: the user id's 16 bytes, base64url. */
export const userHandleOf = (userId: string) =>
  Buffer.from(userId.replaceAll('-', ''), 'hex').toString('base64url');

/** Step-up with a passkey: options for the signed-in user's own passkeys (user verification required). */
export async function reauthenticationOptions(
  ctx: PasskeyContext,
  auth: AuthContext,
): Promise<PasskeyOptionsResponse> {
  const count = await ctx.app.db.prisma.webauthnCredential.count({
    where: { userId: auth.user.id },
  });
  if (count === 0) throw errors.twoFactorNotEnabled();
  return {
    options: await authenticationOptions(ctx, 'reauthentication', auth.user.id, 'required'),
  };
}

/**
 * Step-up with one of the user's passkeys: with user verification it proves both factors, in
 * place of password and code. Counted by the account's lockout like the password form.
 */
export async function reauthenticate(
  ctx: PasskeyContext,
  request: FastifyRequest,
  auth: AuthContext,
  credential: PasskeyAssertion,
): Promise<void> {
  const { app } = ctx;
  const account = { tenantDomain: auth.tenant.domain, username: auth.user.username };
  const reservation = await app.lockout.reserve(account);
  if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);
  const actor = actorOf({ id: auth.user.id, tenantId: auth.tenant.id });
  const passkey = await ctx.credentials.find(credential.id, auth.user.id);
  const challenge = { purpose: 'reauthentication' as const, userId: auth.user.id };
  if (!(await verifyAssertion(ctx, credential, passkey, challenge, true))) {
    await app.audit.record(request, {
      ...actor,
      type: 'account.reauthentication_failed',
      details: { method: 'webauthn' },
    });
    if (reservation.lockSeconds > 0) {
      app.securityNotices.accountLocked(request, auth.user.id, reservation.lockSeconds);
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    throw errors.invalidCode();
  }
  await app.lockout.succeeded(account);
  await app.sessions.recordProof(auth.sessionId);
  await app.audit.record(request, {
    ...actor,
    type: 'account.reauthenticated',
    details: { method: 'webauthn' },
  });
}
