import { createHash, randomInt } from 'node:crypto';

/**
 * Recovery codes: 10 codes of 12 characters from a 32-letter alphabet without look-alikes
 * (Crockford's: no i, l, o, u), so 60 bits each, shown as `xxxx-xxxx-xxxx` for reading aloud.
 * Only a SHA-256 of each is stored: at 60 bits of entropy a fast hash cannot be reversed by
 * guessing, and look-up stays a single indexed query.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const LENGTH = 12;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(
      '',
    );
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** What a person typed, in canonical form: case, spaces and dashes ignored, look-alikes folded. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

export function hashRecoveryCode(input: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(input)).digest('hex');
}
