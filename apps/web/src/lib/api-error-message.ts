import type { ErrorCode } from '@portal/shared';
import type { TFunction } from 'i18next';

/**
 * The translated message for an error code of the API's catalogue. The key is typed, so a code
 * without an English text is a type error, and a test checks German and French (the API's own
 * `message` is English and never shown). Features say something more specific where they can.
 */
export function apiErrorMessage(code: ErrorCode, t: TFunction): string {
  return t(`apiErrors.${code}`);
}
