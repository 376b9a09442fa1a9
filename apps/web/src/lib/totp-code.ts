import { SIGN_IN_SCHEMAS } from '@portal/shared';
import { matchesSimpleSchema } from './simple-schema';

/**
 * What an authentication code field accepts: digits on a phone keypad, filled in by the
 * operating system from an SMS or app where it can, and room for the space that some apps show
 * in the middle ("123 456").
 */
export const TOTP_CODE_INPUT_PROPS = {
  inputMode: 'numeric',
  autoComplete: 'one-time-code',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  maxLength: 7,
} as const;

/** Removes the spaces people type or paste; the API takes the six digits only. */
export function normalizeTotpCode(input: string): string {
  return input.replace(/\s+/g, '');
}

/** Whether the (normalized) code has the shape the API accepts, by the shared schema. */
export function isTotpCode(code: string): boolean {
  return matchesSimpleSchema(SIGN_IN_SCHEMAS.totpCode, code);
}

/**
 * What a code field keeps of what is typed or pasted: digits, and the spaces some apps show or
 * copy ("123 456"); letters and other signs never reach the field.
 */
export function keepTotpInput(input: string): string {
  return input.replace(/[^\d\s]/g, '');
}

/** Six digits (spaces aside): enough to send without waiting for "Verify". */
export function isCompleteTotpCode(input: string): boolean {
  return /^\d{6}$/.test(normalizeTotpCode(input));
}
