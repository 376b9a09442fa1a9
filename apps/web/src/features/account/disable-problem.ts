import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { commonProblemMessage, toCommonProblem } from '@/lib/api-problem';

/** Why two-factor authentication was not disabled, in the terms the form shows it. */
export type DisableProblem =
  | { kind: 'invalidPassword' }
  | { kind: 'invalidCode' }
  /** The tenant's policy requires 2FA of this user (409 two_factor_required). */
  | { kind: 'required' }
  | { kind: 'lockout'; until: number }
  | { kind: 'validation' }
  | { kind: 'serviceUnavailable' }
  | { kind: 'unexpected' };

/** Maps an error of the disable call by its error code (never by message text). */
export function toDisableProblem(error: unknown, now = Date.now()): DisableProblem {
  if (isApiError(error)) {
    switch (error.code) {
      case ERROR_CODES.INVALID_CREDENTIALS:
        return { kind: 'invalidPassword' };
      case ERROR_CODES.INVALID_CODE:
        return { kind: 'invalidCode' };
      case ERROR_CODES.TWO_FACTOR_REQUIRED:
        return { kind: 'required' };
      case ERROR_CODES.VALIDATION_ERROR:
        return { kind: 'validation' };
    }
  }
  return toCommonProblem(error, 'lockout', now);
}

export function disableProblemMessage(
  problem: DisableProblem,
  lockoutSeconds: number,
  t: TFunction,
): string {
  switch (problem.kind) {
    case 'invalidPassword':
      return t('account.twoFactor.invalidPassword');
    case 'invalidCode':
      return t('account.twoFactor.invalidCode');
    case 'required':
      return t('account.twoFactor.requiredNote');
    case 'validation':
      return apiErrorMessage(ERROR_CODES.VALIDATION_ERROR, t);
    default:
      return commonProblemMessage(problem, lockoutSeconds, t);
  }
}
