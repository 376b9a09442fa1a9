import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';

/** Why switching to a customer failed, by error code (never by the API's English message). */
export function switchProblemMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('common.unexpected');
  switch (error.code) {
    case ERROR_CODES.NOT_FOUND:
      return t('customers.errors.notFound');
    case ERROR_CODES.FORBIDDEN:
      return t('customers.errors.forbidden');
    default:
      return apiErrorMessage(error.code, t);
  }
}
