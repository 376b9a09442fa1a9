import type { ChangePasswordRequest, Language } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../../lib/app-error.js';
import { checkPassword } from '../../security/password-policy.js';
import type { AuthContext } from './sessions.js';

/**
 * Changes the signed-in user makes to their own credentials. The routes in front of these ask
 * for a recent step-up; here the change itself happens, with its notice and audit event.
 */
export interface OwnAccount {
  /**
   * A new password: the current one is asked too (and counted by the lockout), the new one
   * follows the same rules as a reset; every other session of the user ends, this one stays.
   */
  changePassword(
    request: FastifyRequest,
    auth: AuthContext,
    change: ChangePasswordRequest,
  ): Promise<void>;
  /** A new e-mail address; the old and the new address are both told. */
  changeEmail(request: FastifyRequest, auth: AuthContext, email: string): Promise<string>;
  /** The language of the user's mails (not a security matter: no step-up, no notice). */
  changeLanguage(auth: AuthContext, language: Language): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    ownAccount: OwnAccount;
  }
}

async function ownAccount(app: FastifyInstance) {
  const { prisma } = app.db;

  app.decorate<OwnAccount>('ownAccount', {
    async changePassword(request, auth, { currentPassword, newPassword }) {
      if (auth.authMethod === 'reseller_portal') throw errors.managedByResellerPortal('password');
      const { user, tenant } = auth;
      const account = { tenantDomain: tenant.domain, username: user.username };
      const reservation = await app.lockout.reserve(account);
      if (reservation.blocked) throw errors.tooManyAttempts(reservation.retryAfterSeconds);
      if (!(await app.passwords.verifyOf(user.id, currentPassword))) {
        if (reservation.lockSeconds > 0) {
          app.securityNotices.accountLocked(request, user.id, reservation.lockSeconds);
          throw errors.tooManyAttempts(reservation.lockSeconds);
        }
        throw errors.wrongPassword();
      }
      await app.lockout.succeeded(account);
      const verdict = checkPassword(newPassword, {
        username: user.username,
        tenantDomain: tenant.domain,
      });
      if (!verdict.ok) throw errors.weakPassword(verdict.reason, verdict.message);
      const passwordHash = await app.passwords.hash(newPassword);

      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
        const ended = await app.sessions.revokeOthersOf(auth.sessionId, user.id, tx);
        await app.audit.record(
          request,
          {
            type: 'password.changed',
            tenantId: auth.tenant.id,
            actorUserId: user.id,
            actorTenantId: tenant.id,
            subjectUserId: user.id,
            details: { via: 'account', otherSessionsEnded: ended },
          },
          tx,
        );
        await app.securityNotices.send(request, user.id, { kind: 'password-changed' }, tx);
      });
    },

    async changeEmail(request, auth, email) {
      const { user, tenant } = auth;
      if (email === user.email) return email;
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { email } });
        await app.sessions.invalidate({ user: user.id }, tx);
        await app.audit.record(
          request,
          {
            type: 'account.email_changed',
            tenantId: auth.tenant.id,
            actorUserId: user.id,
            actorTenantId: tenant.id,
            subjectUserId: user.id,
          },
          tx,
        );
        // The old address is told too: it is the one the owner still reads if a thief changed it.
        await app.securityNotices.send(
          request,
          user.id,
          { kind: 'email-changed', newEmail: email },
          tx,
          { alsoTo: user.email },
        );
      });
      return email;
    },

    async changeLanguage(auth, language) {
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: auth.user.id }, data: { language } });
        await app.sessions.invalidate({ user: auth.user.id }, tx);
      });
    },
  });
}

export default fp(ownAccount, {
  name: 'own-account',
  dependencies: ['database', 'passwords', 'lockout', 'sessions', 'audit', 'security-notices'],
});
