import { ERROR_CODES } from '@portal/shared';
import { AppError, errors } from '../../../lib/app-error.js';

/** The 409s of user management, each with its own code for the SPA and a message for people. */
export const userErrors = {
  usernameTaken: () =>
    new AppError(
      409,
      ERROR_CODES.USERNAME_TAKEN,
      'Another user of this tenant already has this username (upper and lower case count as the same).',
      { field: 'username' },
    ),
  lastAdmin: () =>
    new AppError(
      409,
      ERROR_CODES.LAST_ADMIN,
      'This is the last active administrator of the tenant. Give another user the admin role first.',
    ),
  ownAccount: (what: OwnAccountChange) => new AppError(409, ERROR_CODES.OWN_ACCOUNT, OWN[what]),
  usernameManagedElsewhere: () =>
    errors.conflict(
      'This account signs in through the reseller portal; its username is managed there.',
    ),
};

export type OwnAccountChange = 'demote' | 'deactivate' | 'delete';

const OWN: Record<OwnAccountChange, string> = {
  demote: 'You cannot remove your own admin role. Another administrator can do it.',
  deactivate: 'You cannot deactivate your own account. Another administrator can do it.',
  delete: 'You cannot delete your own account. Another administrator can do it.',
};

/**
 * A unique-constraint violation: the username check lost a race against another request. Prisma
 * reports P2002; through a driver adapter the SQLSTATE 23505 may come wrapped in a cause instead.
 */
export function isUniqueViolation(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code, originalCode } = error as Error & { code?: unknown; originalCode?: unknown };
  if (code === 'P2002' || code === '23505' || originalCode === '23505') return true;
  return isUniqueViolation(error.cause, depth + 1);
}
