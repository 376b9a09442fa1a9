import { type PasswordCheck, passwordLength } from '@portal/shared';

export const STRENGTH_LEVELS = ['none', 'weak', 'fair', 'good', 'strong'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

/** Lengths (in code points) from which a password that meets the rules is fair, good, strong. */
const STRONGER_FROM = { good: 16, strong: 20 } as const;

/**
 * An honest, simple estimate for the meter: a password that breaks a rule is weak, whatever
 * else it has; one that meets them grows stronger with length only, the one thing that
 * reliably makes passwords harder to guess (NIST SP 800-63B). 'none' while nothing is typed.
 */
export function passwordStrength(password: string, check: PasswordCheck): StrengthLevel {
  if (password === '') return 'none';
  if (!check.ok) return 'weak';
  const length = passwordLength(password);
  if (length >= STRONGER_FROM.strong) return 'strong';
  if (length >= STRONGER_FROM.good) return 'good';
  return 'fair';
}
