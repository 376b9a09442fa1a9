import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { lockoutDeadline, rateLimitMessage } from '@/lib/lockout';
import {
  isPasswordForgottenField,
  type PasswordForgottenField,
} from './password-forgotten-request';

/**
 * Why a reset link could not be asked for. There is no "unknown account": the API answers 202
 * either way; 429 comes only from the general limit per client address.
 */
export type PasswordForgottenProblem =
  | { kind: 'validation'; field: PasswordForgottenField | undefined }
  | { kind: 'tooManyRequests'; until: number }
  | { kind: 'serviceUnavailable' }
  | { kind: 'unexpected' };

/** Maps an error of the forgot call by its error code (never by message text). */
export function toPasswordForgottenProblem(
  error: unknown,
  now = Date.now(),
): PasswordForgottenProblem {
  if (!isApiError(error)) return { kind: 'unexpected' };
  switch (error.code) {
    case ERROR_CODES.VALIDATION_ERROR:
      return {
        kind: 'validation',
        field: isPasswordForgottenField(error.field) ? error.field : undefined,
      };
    case ERROR_CODES.TOO_MANY_ATTEMPTS:
      return { kind: 'tooManyRequests', until: lockoutDeadline(error, now) };
    case ERROR_CODES.SERVICE_UNAVAILABLE:
      return { kind: 'serviceUnavailable' };
    default:
      return { kind: 'unexpected' };
  }
}

export function passwordForgottenProblemMessage(
  problem: PasswordForgottenProblem,
  secondsLeft: number,
  t: TFunction,
): string {
  switch (problem.kind) {
    case 'validation':
      return problem.field
        ? t(`login.fieldErrors.${problem.field}Invalid`)
        : t('login.errors.validation');
    case 'tooManyRequests':
      return rateLimitMessage(t, secondsLeft);
    case 'serviceUnavailable':
      return t('common.serviceUnavailable');
    case 'unexpected':
      return t('common.unexpected');
  }
}
