import type { TFunction } from 'i18next';
import type { ApiError } from '@/lib/api-client';

/** Used when a 429 carries neither retryAfterSeconds nor Retry-After. */
export const DEFAULT_LOCKOUT_SECONDS = 60;

/** When a too_many_attempts answer allows the next try (epoch ms). */
export function lockoutDeadline(error: ApiError, now = Date.now()): number {
  return now + (error.retryAfterSeconds ?? DEFAULT_LOCKOUT_SECONDS) * 1000;
}

/**
 * "Too many failed sign-in attempts. Try again in …": whole minutes while the wait is long
 * (fewer announcements by screen readers), seconds for the last minute.
 */
export function lockoutMessage(t: TFunction, secondsLeft: number): string {
  return secondsLeft >= 60
    ? t('common.tooManyAttemptsMinutes', { count: Math.ceil(secondsLeft / 60) })
    : t('common.tooManyAttemptsSeconds', { count: secondsLeft });
}

/**
 * "Too many requests. Try again in …": the same wait for calls that are not sign-in attempts
 * (asking for a reset link, setting a new password).
 */
export function rateLimitMessage(t: TFunction, secondsLeft: number): string {
  return secondsLeft >= 60
    ? t('common.tooManyRequestsMinutes', { count: Math.ceil(secondsLeft / 60) })
    : t('common.tooManyRequestsSeconds', { count: secondsLeft });
}
