import type {
  AuthenticatedResponse,
  PasskeyAssertion,
  PasskeyItem,
  PasskeyOptionsResponse,
  PasskeyRegistrationRequest,
  PasskeyRegistrationResponse,
  PasskeySignInRequest,
  SecondFactorOptionsResponse,
} from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../../config.js';
import { errors } from '../../../lib/app-error.js';
import type { SignInMethod } from '../../../metrics/registry.js';
import type { AuthContext } from '../sessions.js';
import { countSignIn } from '../sign-in/counted.js';
import { challengeStore, relyingPartyOf } from './ceremonies.js';
import { credentialStore } from './credentials.js';
import { actorOf, type PasskeyContext, register, registrationOptions } from './registration.js';
import {
  reauthenticate,
  reauthenticationOptions,
  secondFactorOptions,
  signIn,
  signInOptions,
  withSecondFactor,
} from './sign-in.js';

/**
 * Passkeys (WebAuthn, through @simplewebauthn/server): registration, the owner's list, the second
 * step of a sign-in, passwordless sign-in and step-up. The relying party is PUBLIC_URL's host and
 * origin; challenges are stored server-side and work once, for five minutes.
 */
export interface Passkeys {
  registrationOptions(request: FastifyRequest): Promise<PasskeyOptionsResponse>;
  register(
    request: FastifyRequest,
    reply: FastifyReply,
    body: PasskeyRegistrationRequest,
  ): Promise<PasskeyRegistrationResponse>;
  secondFactorOptions(request: FastifyRequest): Promise<SecondFactorOptionsResponse>;
  withSecondFactor(
    request: FastifyRequest,
    reply: FastifyReply,
    credential: PasskeyAssertion,
  ): Promise<AuthenticatedResponse>;
  signInOptions(): Promise<PasskeyOptionsResponse>;
  signIn(
    request: FastifyRequest,
    reply: FastifyReply,
    body: PasskeySignInRequest,
  ): Promise<AuthenticatedResponse>;
  reauthenticationOptions(auth: AuthContext): Promise<PasskeyOptionsResponse>;
  reauthenticate(
    request: FastifyRequest,
    auth: AuthContext,
    credential: PasskeyAssertion,
  ): Promise<void>;
  list(userId: string): Promise<PasskeyItem[]>;
  rename(request: FastifyRequest, auth: AuthContext, id: string, name: string): Promise<void>;
  /** Refused (409) when it is the last second factor of an account whose role requires 2FA. */
  remove(request: FastifyRequest, auth: AuthContext, id: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    passkeys: Passkeys;
  }
}

async function passkeys(app: FastifyInstance, options: { config: Config }) {
  const ctx: PasskeyContext = {
    app,
    rp: relyingPartyOf(options.config.publicUrl),
    challenges: challengeStore(app.db.prisma),
    credentials: credentialStore(app.db.prisma),
  };
  const counted = <T>(method: SignInMethod, attempt: Promise<T>) =>
    countSignIn(app.metrics, method, attempt, () => 'success');
  const auditOf = (auth: AuthContext) => actorOf({ id: auth.user.id, tenantId: auth.tenant.id });

  app.decorate<Passkeys>('passkeys', {
    registrationOptions: (request) => registrationOptions(ctx, request),
    register: (request, reply, body) => register(ctx, request, reply, body),
    secondFactorOptions: (request) => secondFactorOptions(ctx, request),
    withSecondFactor: (request, reply, credential) =>
      counted('webauthn', withSecondFactor(ctx, request, reply, credential)),
    signInOptions: () => signInOptions(ctx),
    signIn: (request, reply, body) =>
      counted('webauthn_passwordless', signIn(ctx, request, reply, body)),
    reauthenticationOptions: (auth) => reauthenticationOptions(ctx, auth),
    reauthenticate: (request, auth, credential) =>
      counted('reauthentication', reauthenticate(ctx, request, auth, credential)),
    list: (userId) => ctx.credentials.list(userId),
    async rename(request, auth, id, name) {
      if (!(await ctx.credentials.rename(auth.user.id, id, name.trim()))) throw errors.notFound();
      await app.audit.record(request, {
        ...auditOf(auth),
        type: 'passkey.renamed',
        details: { passkeyId: id, name: name.trim() },
      });
    },
    async remove(request, auth, id) {
      const outcome = await ctx.credentials.remove(auth.user.id, id, auth.user.twoFactorRequired);
      if (outcome === 'not_found') throw errors.notFound();
      if (outcome === 'last_factor') throw errors.twoFactorRequired();
      await app.sessions.invalidate({ user: auth.user.id });
      await app.audit.record(request, {
        ...auditOf(auth),
        type: 'passkey.removed',
        details: { passkeyId: id },
      });
      await app.securityNotices.send(request, auth.user.id, {
        kind: 'passkey-removed',
        passkeyName: outcome.removed,
      });
    },
  });
}

export default fp(passkeys, {
  name: 'webauthn',
  dependencies: [
    'database',
    'audit',
    'lockout',
    'sessions',
    'login-challenges',
    'two-factor',
    'security-notices',
    'sign-in',
  ],
});
