import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { lockoutDeadline, lockoutMessage, rateLimitMessage } from '@/lib/lockout';

/**
 * A too_many_attempts answer: a lockout after failed sign-in attempts, or the general limit on
 * requests (asking for a reset link, setting a new password). Both end at `until` (epoch ms).
 */
export type WaitProblem =
  | { kind: 'lockout'; until: number }
  | { kind: 'tooManyRequests'; until: number };

/** What any call can fail with, besides the errors of its own. */
export type CommonProblem = WaitProblem | { kind: 'serviceUnavailable' } | { kind: 'unexpected' };

/**
 * Maps the errors every call shares by error code (never by message text): too_many_attempts as
 * `wait`, service_unavailable, and anything else as unexpected. Callers handle their own codes first.
 */
export function toCommonProblem<Wait extends WaitProblem['kind']>(
  error: unknown,
  wait: Wait,
  now = Date.now(),
): { kind: Wait; until: number } | { kind: 'serviceUnavailable' } | { kind: 'unexpected' } {
  if (!isApiError(error)) return { kind: 'unexpected' };
  switch (error.code) {
    case ERROR_CODES.TOO_MANY_ATTEMPTS:
      return { kind: wait, until: lockoutDeadline(error, now) };
    case ERROR_CODES.SERVICE_UNAVAILABLE:
      return { kind: 'serviceUnavailable' };
    default:
      return { kind: 'unexpected' };
  }
}

/** The message of a problem every call shares; `secondsLeft` counts down a wait. */
export function commonProblemMessage(
  problem: CommonProblem,
  secondsLeft: number,
  t: TFunction,
): string {
  switch (problem.kind) {
    case 'lockout':
      return lockoutMessage(t, secondsLeft);
    case 'tooManyRequests':
      return rateLimitMessage(t, secondsLeft);
    case 'serviceUnavailable':
      return t('common.serviceUnavailable');
    case 'unexpected':
      return t('common.unexpected');
  }
}
