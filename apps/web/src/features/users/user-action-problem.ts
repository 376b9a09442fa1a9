import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { type ApiError, isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';

/**
 * What a confirmation dialog says when a user action fails, chosen by error code and translated
 * (a reseller-portal account, no e-mail address, …); the API's English message is never shown.
 */
export function userActionProblemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('common.unexpected');
  return commonUserProblemMessage(error, t);
}

/** The answers every user action can get, with the user-management wording where it has one. */
export function commonUserProblemMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case ERROR_CODES.NOT_FOUND:
      return t('users.errors.notFound');
    case ERROR_CODES.FORBIDDEN:
      return t('users.errors.forbidden');
    default:
      return apiErrorMessage(error.code, t);
  }
}
