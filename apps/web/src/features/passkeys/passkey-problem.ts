import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { StepUpCancelled } from '@/lib/step-up';

/** The browser's "no passkey used": the person cancelled, or no passkey fits (WebAuthn NotAllowedError). */
const isCancelled = (error: unknown) =>
  error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');

/**
 * The browser refused the relying party: the portal was opened at an address other than its
 * PUBLIC_URL's host, or at an IP address (WebAuthn needs a domain). Trying again cannot help.
 */
const isWrongSite = (error: unknown) => error instanceof Error && error.name === 'SecurityError';

/** What to say when a passkey ceremony failed. */
export function passkeyProblem(error: unknown, t: TFunction): string {
  if (error instanceof StepUpCancelled) return t('common.stepUp.cancelled');
  if (isApiError(error, ERROR_CODES.TWO_FACTOR_REQUIRED)) return t('passkeys.lastFactor');
  if (
    isApiError(error, ERROR_CODES.INVALID_CODE) ||
    isApiError(error, ERROR_CODES.INVALID_CREDENTIALS)
  )
    return t('passkeys.failed');
  if (isApiError(error)) return apiErrorMessage(error.code, t);
  if (isWrongSite(error)) return t('passkeys.notHere');
  return isCancelled(error) ? t('passkeys.cancelled') : t('passkeys.failed');
}

export const isLoginExpired = (error: unknown) => isApiError(error, ERROR_CODES.LOGIN_EXPIRED);
