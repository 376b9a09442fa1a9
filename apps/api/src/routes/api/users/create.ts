import { type CreateUserBody, type Language, normalizeUsername } from '@portal/shared';
import { isUniqueViolation } from '../../../db/database-errors.js';
import type { TenantDb } from '../../../db/tenant-scope.js';
import { errors } from '../../../lib/app-error.js';
import { replaceRole } from './roles.js';

export interface CreatedUser {
  id: string;
  tenantId: string;
  username: string;
  email: string;
  language: Language;
}

/**
 * A new user of the acting tenant with one role and no password (they set it through the mailed
 * link). User and role are one transaction: there is never a user without a role. The first
 * mail goes out in `language`, the creating administrator's, until the user's own sign-in.
 */
export async function createTenantUser(
  db: TenantDb,
  tenantId: string,
  body: CreateUserBody,
  language: Language,
): Promise<CreatedUser> {
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          // The scope would set it anyway (and refuses any other); the types want it said.
          tenantId,
          username: body.username,
          usernameKey: normalizeUsername(body.username),
          displayName: body.displayName?.trim() ?? '',
          email: body.email,
          passwordHash: null,
          language,
        },
        select: { id: true, tenantId: true, username: true, language: true },
      });
      await replaceRole(tx, user, body.role);
      return { ...user, email: body.email };
    });
  } catch (error) {
    // The database compares the folded username, so two requests racing for it cannot both win.
    if (isUniqueViolation(error)) throw errors.usernameTaken();
    throw error;
  }
}
