import type {
  PasskeyOptionsResponse,
  PasskeyRegistrationRequest,
  PasskeyRegistrationResponse,
} from '@portal/shared';
import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { type Enrollee, resolveEnrollee } from '../sign-in/enrollment-step.js';
import { accountOf } from '../sign-in/second-factor-step.js';
import { startSession } from '../sign-in/session-start.js';
import type { ChallengeStore, RelyingParty } from './ceremonies.js';
import { registrationJson } from './ceremonies.js';
import type { CredentialStore } from './credentials.js';

export interface PasskeyContext {
  app: FastifyInstance;
  rp: RelyingParty;
  challenges: ChallengeStore;
  credentials: CredentialStore;
}

/**
 * Options to create a passkey, for whoever may add a second factor: the user of a pending
 * activation step, or a signed-in user after a recent step-up (the same rule as a new
 * authenticator app). Attestation `none`; a discoverable credential is asked for (so it can sign
 * in without a password later) but not required, so security keys without storage work too.
 */
export async function registrationOptions(
  ctx: PasskeyContext,
  request: FastifyRequest,
): Promise<PasskeyOptionsResponse> {
  const { user, tenantDomain } = await resolveEnrollee(ctx.app, request);
  const options = await generateRegistrationOptions({
    rpName: ctx.rp.name,
    rpID: ctx.rp.id,
    userID: new Uint8Array(Buffer.from(user.id.replaceAll('-', ''), 'hex')),
    userName: `${user.username} (${tenantDomain})`,
    userDisplayName: user.username,
    attestationType: 'none',
    excludeCredentials: await ctx.credentials.descriptors(user.id),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await ctx.challenges.issue('registration', user.id, options.challenge);
  return { options: { ...options } };
}

/** Verifies the created passkey against its challenge and stores it; at sign-in, the session starts. */
export async function register(
  ctx: PasskeyContext,
  request: FastifyRequest,
  reply: FastifyReply,
  body: PasskeyRegistrationRequest,
): Promise<PasskeyRegistrationResponse> {
  const { app } = ctx;
  const enrollee = await resolveEnrollee(app, request);
  const { user, pending } = enrollee;
  const response = registrationJson(body.credential);
  const challenge = await ctx.challenges.take(
    'registration',
    user.id,
    response.response.clientDataJSON,
  );
  const verified = challenge
    ? await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: ctx.rp.origin,
        expectedRPID: ctx.rp.id,
        requireUserVerification: false,
      }).catch(() => null)
    : null;
  const info = verified?.verified ? verified.registrationInfo : null;
  const passkey =
    info &&
    (await ctx.credentials.create({
      userId: user.id,
      name: body.name.trim(),
      credential: info.credential,
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
    }));
  if (!passkey) return refuse(ctx, request, reply, enrollee);
  // Sessions carry whether 2FA is in force: every instance reads this user's afresh.
  await app.sessions.invalidate({ user: user.id });

  await app.audit.record(request, {
    ...actorOf(user),
    type: 'passkey.registered',
    details: { passkeyId: passkey.id, name: passkey.name, deviceType: passkey.deviceType },
  });
  await app.securityNotices.send(request, user.id, {
    kind: 'passkey-added',
    passkeyName: passkey.name,
  });
  if (!pending) return { status: 'registered', passkey };
  if (!(await app.loginChallenges.complete(pending.challengeId))) throw errors.loginExpired();
  app.loginChallenges.clearCookie(reply);
  await startSession(app, request, reply, {
    ...user,
    account: accountOf(pending),
    method: 'passkey_activation',
  });
  return { status: 'authenticated', passkey };
}

async function refuse(
  ctx: PasskeyContext,
  request: FastifyRequest,
  reply: FastifyReply,
  { user, pending }: Enrollee,
): Promise<never> {
  await ctx.app.audit.record(request, {
    ...actorOf(user),
    type: 'passkey.failed',
    details: { ceremony: 'registration' },
  });
  if (pending && (await ctx.app.loginChallenges.recordFailure(pending.challengeId))) {
    ctx.app.loginChallenges.clearCookie(reply);
    throw errors.loginExpired('Too many failed attempts. Please sign in again.');
  }
  throw errors.invalidCode();
}

export const actorOf = (user: { id: string; tenantId: string }) => ({
  tenantId: user.tenantId,
  actorUserId: user.id,
  actorTenantId: user.tenantId,
});
