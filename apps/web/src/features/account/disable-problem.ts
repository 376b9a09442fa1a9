import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { lockoutDeadline, lockoutMessage } from '@/lib/lockout';

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
  if (!isApiError(error)) return { kind: 'unexpected' };
  switch (error.code) {
    case ERROR_CODES.INVALID_CREDENTIALS:
      return { kind: 'invalidPassword' };
    case ERROR_CODES.INVALID_CODE:
      return { kind: 'invalidCode' };
    case ERROR_CODES.TWO_FACTOR_REQUIRED:
      return { kind: 'required' };
    case ERROR_CODES.TOO_MANY_ATTEMPTS:
      return { kind: 'lockout', until: lockoutDeadline(error, now) };
    case ERROR_CODES.VALIDATION_ERROR:
      return { kind: 'validation' };
    case ERROR_CODES.SERVICE_UNAVAILABLE:
      return { kind: 'serviceUnavailable' };
    default:
      return { kind: 'unexpected' };
  }
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
    case 'lockout':
      return lockoutMessage(t, lockoutSeconds);
    case 'validation':
      return t('login.errors.validation');
    case 'serviceUnavailable':
      return t('common.serviceUnavailable');
    case 'unexpected':
      return t('common.unexpected');
  }
}
