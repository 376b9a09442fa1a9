import { ERROR_CODES } from '@portal/shared';
import { AppError, errors } from '../../../lib/app-error.js';

export const INVALID_CREDENTIALS_OR_PORTAL_MESSAGE =
  'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.';

/**
 * The one 401 of the password form. With reseller-portal sign-in on, an account linked to the
 * portal is refused like an unknown one (nothing tells them apart), so the message names both
 * possibilities, for everyone.
 */
export function invalidCredentials(resellerPortalEnabled: boolean): AppError {
  if (!resellerPortalEnabled) return errors.invalidCredentials();
  return new AppError(401, ERROR_CODES.INVALID_CREDENTIALS, INVALID_CREDENTIALS_OR_PORTAL_MESSAGE);
}
