import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { type ApiError, isApiError } from '@/lib/api-client';

/**
 * What a confirmation dialog says when a user action fails, chosen by error code. A 409 carries
 * the server's reason (reseller-portal account, no e-mail address), which is shown as it comes.
 */
export function userActionProblemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('common.unexpected');
  return error.code === ERROR_CODES.CONFLICT ? error.message : commonUserProblemMessage(error, t);
}

/** The answers every user action can get: the user is gone, no permission, service down. */
export function commonUserProblemMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case ERROR_CODES.NOT_FOUND:
      return t('users.errors.notFound');
    case ERROR_CODES.FORBIDDEN:
      return t('users.errors.forbidden');
    case ERROR_CODES.SERVICE_UNAVAILABLE:
      return t('common.serviceUnavailable');
    default:
      return t('common.unexpected');
  }
}
