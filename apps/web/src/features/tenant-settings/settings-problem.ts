import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import type { GraceProblem } from './grace-deadline';

/** Why saving failed: a problem of the grace deadline (shown at its field) or of the request. */
export type SaveProblem =
  | { field: 'grace'; problem: GraceProblem }
  | { field: null; message: string };

/** Chosen by error code, never by the server's (English) message. */
export function toSaveProblem(error: unknown, t: TFunction): SaveProblem {
  if (!isApiError(error)) return { field: null, message: t('common.unexpected') };
  if (error.code === ERROR_CODES.VALIDATION_ERROR && error.field === 'twoFactorGraceUntil') {
    // The API checks only that the deadline lies ahead; the input always sends a valid date.
    return { field: 'grace', problem: 'past' };
  }
  switch (error.code) {
    case ERROR_CODES.FORBIDDEN:
      return { field: null, message: t('tenantSettings.errors.forbidden') };
    default:
      return { field: null, message: apiErrorMessage(error.code, t) };
  }
}
