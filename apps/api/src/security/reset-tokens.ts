import { createHash, randomBytes } from 'node:crypto';

/**
 * Password reset tokens: 256 random bits, sent only in the mail; the database keeps a SHA-256 of
 * each, so a leaked table does not hand out working links. (At 256 bits a fast hash cannot be
 * reversed by guessing.) Valid for RESET_TOKEN_MINUTES and used at most once.
 */
export const RESET_TOKEN_BYTES = 32;
export const RESET_TOKEN_MINUTES = 30;

export function generateResetToken(): string {
  return randomBytes(RESET_TOKEN_BYTES).toString('base64url');
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
