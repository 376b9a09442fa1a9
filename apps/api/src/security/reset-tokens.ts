import { createHash, randomBytes } from 'node:crypto';

/**
 * Password reset tokens: 256 random bits, sent only in the mail; the database keeps a SHA-256 of
 * each, so a leaked table does not hand out working links. (At 256 bits a fast hash cannot be
 * reversed by guessing.) Valid for RESET_TOKEN_MINUTES (a new account's link for
 * ACCOUNT_CREATED_TOKEN_DAYS) and used at most once.
 */
export const RESET_TOKEN_BYTES = 32;
export const RESET_TOKEN_MINUTES = 30;
/**
 * The link mailed to a new account lives longer: its owner did not ask for it and may read the
 * mail days later (after a weekend, or on their first day). It still works only once, and a newer
 * link or a reset replaces it.
 */
export const ACCOUNT_CREATED_TOKEN_DAYS = 7;

export function generateResetToken(): string {
  return randomBytes(RESET_TOKEN_BYTES).toString('base64url');
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
