import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { commonProblemMessage, toCommonProblem } from '@/lib/api-problem';
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
  if (isApiError(error, ERROR_CODES.VALIDATION_ERROR)) {
    return {
      kind: 'validation',
      field: isPasswordForgottenField(error.field) ? error.field : undefined,
    };
  }
  return toCommonProblem(error, 'tooManyRequests', now);
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
    default:
      return commonProblemMessage(problem, secondsLeft, t);
  }
}
