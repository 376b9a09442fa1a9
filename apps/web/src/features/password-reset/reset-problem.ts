import { ERROR_CODES, WEAK_PASSWORD_REASONS, type WeakPasswordReason } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { commonProblemMessage, toCommonProblem } from '@/lib/api-problem';

/** Why the new password was not set, in the terms the page shows it. */
export type ResetProblem =
  /** The link no longer works (unknown, expired, used, or replaced by a newer mail). */
  | { kind: 'invalidToken' }
  /** 422: a rule the browser cannot check ("common") or, rarely, one it checked differently. */
  | { kind: 'weakPassword'; reason: WeakPasswordReason | undefined }
  | { kind: 'tooManyRequests'; until: number }
  | { kind: 'validation' }
  | { kind: 'serviceUnavailable' }
  | { kind: 'unexpected' };

/** A problem shown above the form: not about the link or the password itself. */
export type ResetFormProblem = Exclude<
  ResetProblem,
  { kind: 'invalidToken' } | { kind: 'weakPassword' }
>;

export function isWeakPasswordReason(value: unknown): value is WeakPasswordReason {
  return (WEAK_PASSWORD_REASONS as readonly unknown[]).includes(value);
}

/** Maps an error of the verify or reset call by its error code (never by message text). */
export function toResetProblem(error: unknown, now = Date.now()): ResetProblem {
  if (isApiError(error)) {
    switch (error.code) {
      case ERROR_CODES.INVALID_TOKEN:
        return { kind: 'invalidToken' };
      case ERROR_CODES.WEAK_PASSWORD:
        return {
          kind: 'weakPassword',
          reason: isWeakPasswordReason(error.reason) ? error.reason : undefined,
        };
      case ERROR_CODES.VALIDATION_ERROR:
        return { kind: 'validation' };
    }
  }
  return toCommonProblem(error, 'tooManyRequests', now);
}

/** The form-level message of the problems that are not about the password itself. */
export function resetProblemMessage(
  problem: ResetFormProblem,
  secondsLeft: number,
  t: TFunction,
): string {
  if (problem.kind === 'validation') return apiErrorMessage(ERROR_CODES.VALIDATION_ERROR, t);
  return commonProblemMessage(problem, secondsLeft, t);
}
