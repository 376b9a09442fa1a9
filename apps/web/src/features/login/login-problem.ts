import { ERROR_CODES } from '@portal/shared';
import { isApiError } from '@/lib/api-client';
import { toCommonProblem } from '@/lib/api-problem';
import { isLoginField, type LoginField } from './login-request';

/** Why the last sign-in did not succeed, in the terms the form shows it. */
export type LoginProblem =
  | { kind: 'invalidCredentials' }
  /** `account`: the lockoutAccountKey of the account that is locked. */
  | { kind: 'lockout'; until: number; account?: string }
  | { kind: 'validation'; field: LoginField | undefined }
  | { kind: 'serviceUnavailable' }
  | { kind: 'unexpected' }
  | { kind: 'sessionEnded' }
  /** The two-factor step after the password is over: back to the password step. */
  | { kind: 'loginExpired' };

/** A message the login page opens with, brought along by a redirect. */
export type InitialLoginProblem = 'sessionEnded' | 'loginExpired';

export type { LoginNotice } from '@/lib/login-location-state';

/** Maps an error of the login call to a problem, by error code (never by message text). */
export function toLoginProblem(error: unknown, now = Date.now()): LoginProblem {
  if (isApiError(error)) {
    switch (error.code) {
      case ERROR_CODES.INVALID_CREDENTIALS:
        return { kind: 'invalidCredentials' };
      case ERROR_CODES.VALIDATION_ERROR:
        return { kind: 'validation', field: isLoginField(error.field) ? error.field : undefined };
    }
  }
  return toCommonProblem(error, 'lockout', now);
}
