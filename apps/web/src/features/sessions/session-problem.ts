import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';

/** Why revoking failed, chosen by error code (a 404 is no failure: the session is gone). */
export function revokeProblemMessage(error: unknown, t: TFunction): string {
  return isApiError(error) ? apiErrorMessage(error.code, t) : t('common.unexpected');
}

/** A 404: the session ended (expired, or revoked elsewhere) before this request. */
export function isAlreadyEnded(error: unknown): boolean {
  return isApiError(error, ERROR_CODES.NOT_FOUND);
}
