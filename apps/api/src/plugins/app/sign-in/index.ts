import type {
  AuthenticatedResponse,
  LoginRequest,
  LoginResponse,
  ReauthenticateRequest,
  ResetPasswordResponse,
  TotpEnrollmentConfirmResponse,
  TotpEnrollmentResponse,
} from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AccountName } from '../lockout.js';
import type { AuthContext } from '../sessions.js';
import { countSignIn } from './counted.js';
import { confirmEnrollment, startEnrollment } from './enrollment-step.js';
import { type FoundAccount, findAccount } from './find-account.js';
import { signInWithPassword } from './password-step.js';
import { beginPortalSignIn, completePortalSignIn, type PortalOutcome } from './portal-step.js';
import { reauthenticate } from './reauthenticate-step.js';
import { type SecondFactorMethod, signInWithSecondFactor } from './second-factor-step.js';
import { secondStepFor } from './session-start.js';

export type { FoundAccount, PortalOutcome, SecondFactorMethod };

/**
 * Sign-in, every way in: the password step, the second factor (TOTP or recovery code),
 * activation of 2FA at sign-in, the reseller portal, and sign-out. Lockout accounting and the
 * start of the session happen here and nowhere else; routes only translate HTTP to these calls.
 */
export interface SignIn {
  /** The one look-up of an account by what someone typed (also for "Password forgotten?"). */
  findAccount(name: AccountName): Promise<FoundAccount>;
  withPassword(
    request: FastifyRequest,
    reply: FastifyReply,
    credentials: LoginRequest,
  ): Promise<LoginResponse>;
  withSecondFactor(
    request: FastifyRequest,
    reply: FastifyReply,
    method: SecondFactorMethod,
    code: string,
  ): Promise<AuthenticatedResponse>;
  /** Activation of 2FA: the pending step of a sign-in, or a signed-in user's new authenticator. */
  startEnrollment(request: FastifyRequest): Promise<TotpEnrollmentResponse>;
  confirmEnrollment(
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
  ): Promise<TotpEnrollmentConfirmResponse>;
  /** The portal's authorization URL, or the refusal when the portal is unavailable. */
  beginResellerPortal(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { reauthenticate: boolean; stepUp?: { returnTo: string } },
  ): Promise<URL | PortalOutcome>;
  completeResellerPortal(
    request: FastifyRequest,
    reply: FastifyReply,
    options: { malformed: boolean },
  ): Promise<PortalOutcome>;
  /**
   * After a password reset: whoever opened the mail proved control of the mailbox, so a lockout
   * ends; an account that must activate 2FA goes on into activation (figures 1–3 of the help page).
   */
  afterPasswordReset(
    reply: FastifyReply,
    user: { id: string; account: AccountName },
  ): Promise<ResetPasswordResponse['next']>;
  /**
   * Step-up: the signed-in owner proves their factors again (password, and a code with 2FA);
   * wrong answers count toward the lockout. Sensitive changes then work for a few minutes.
   */
  reauthenticate(
    request: FastifyRequest,
    auth: AuthContext,
    answer: ReauthenticateRequest,
  ): Promise<void>;
  /** Ends the request's session (if any) at once, and audits it. */
  signOut(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    signIn: SignIn;
  }
}

async function signIn(app: FastifyInstance) {
  app.decorate<SignIn>('signIn', {
    findAccount: (name) => findAccount(app.db.prisma, name),
    withPassword: (request, reply, credentials) =>
      countSignIn(
        app.metrics,
        'password',
        signInWithPassword(app, request, reply, credentials),
        (result) => (result.status === 'authenticated' ? 'success' : 'second_factor_required'),
      ),
    withSecondFactor: (request, reply, method, code) =>
      countSignIn(
        app.metrics,
        method,
        signInWithSecondFactor(app, request, reply, method, code),
        () => 'success',
      ),
    startEnrollment: (request) => startEnrollment(app, request),
    confirmEnrollment: (request, reply, code) => confirmEnrollment(app, request, reply, code),
    beginResellerPortal: (request, reply, options) =>
      beginPortalSignIn(app, request, reply, options),
    completeResellerPortal: (request, reply, options) =>
      countSignIn(
        app.metrics,
        'reseller_portal',
        completePortalSignIn(app, request, reply, options),
        (outcome) => (outcome.status === 'refused' ? 'refused' : 'success'),
      ),
    reauthenticate: (request, auth, answer) =>
      countSignIn(
        app.metrics,
        'reauthentication',
        reauthenticate(app, request, auth, answer),
        () => 'success',
      ),
    async afterPasswordReset(reply, user) {
      await app.lockout.succeeded(user.account);
      if ((await secondStepFor(app, user.id)) !== 'enrollment') return 'login';
      await app.loginChallenges.begin(reply, user.id, 'enrollment');
      return 'totp_enrollment_required';
    },
    async signOut(request, reply) {
      const ended = await app.sessions.end(request, reply);
      if (!ended) return;
      await app.audit.record(request, {
        type: 'logout',
        tenantId: ended.actingTenant.id,
        actorUserId: ended.user.id,
        actorTenantId: ended.tenant.id,
      });
    },
  });
}

export default fp(signIn, {
  name: 'sign-in',
  dependencies: [
    'database',
    'passwords',
    'audit',
    'lockout',
    'sessions',
    'login-challenges',
    'two-factor',
    'reseller-portal',
    'security-notices',
  ],
});
