import type { Language } from '@portal/shared';
import { isUniqueViolation } from '../../../db/database-errors.js';
import type { TenantDb } from '../../../db/tenant-scope.js';
import { errors } from '../../../lib/app-error.js';
import { findTenantUser } from './tenant-user.js';

export interface LinkRequest {
  actorUserId: string;
  userId: string;
  issuer: string;
  subject: string;
}

/**
 * Links a user of the acting tenant to (issuer, subject). From then on the portal is the only
 * way in: the password hash goes, and with it every way to set one (open reset links) or to use
 * ours (TOTP, recovery codes, a half-done sign-in). The caller ends the user's sessions.
 * Own account: refused, as a mistyped subject would lock the administrator out.
 */
export async function linkAccount(db: TenantDb, link: LinkRequest): Promise<string> {
  const user = await findTenantUser(db, link.userId, { id: true });
  if (user.id === link.actorUserId) throw errors.ownAccount('link');
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { externalIssuer: link.issuer, externalSubject: link.subject, passwordHash: null },
      });
      await tx.totpCredential.deleteMany({ where: { userId: user.id } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      await tx.loginChallenge.deleteMany({ where: { userId: user.id } });
      await tx.passwordResetToken.updateMany({
        where: { userId: user.id, usedAt: null },
        data: { usedAt: new Date() },
      });
    });
  } catch (error) {
    // (issuer, subject) is unique over all tenants: the database settles who has it.
    if (isUniqueViolation(error)) throw errors.subjectTaken();
    throw error;
  }
  return user.id;
}

export interface UnlinkedUser {
  id: string;
  tenantId: string;
  username: string;
  email: string;
  language: Language;
}

/**
 * Unlinks a user of the acting tenant. They have no password (it was cleared when linking), so
 * they need the mail that lets them set one: an account without an e-mail address stays linked.
 */
export async function unlinkAccount(db: TenantDb, userId: string): Promise<UnlinkedUser> {
  const user = await findTenantUser(db, userId, {
    id: true,
    tenantId: true,
    username: true,
    email: true,
    language: true,
    externalSubject: true,
  });
  if (user.externalSubject === null) throw errors.notLinked();
  if (!user.email) throw errors.noEmail();
  await db.user.update({
    where: { id: user.id },
    // Null already, unless set behind our back: no password from the time before the link.
    data: { externalIssuer: null, externalSubject: null, passwordHash: null },
  });
  const { id, tenantId, username, language } = user;
  return { id, tenantId, username, email: user.email, language };
}
