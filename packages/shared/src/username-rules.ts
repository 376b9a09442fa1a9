/**
 * Usernames of new and renamed users. Sign-in matches them case-insensitively (see
 * `normalizeUsername`), so uniqueness per tenant is checked on that folded form. Older accounts
 * keep working with whatever they were created with; these rules apply when one is set.
 */
export const USERNAME_MIN_LENGTH = 2;
export const USERNAME_MAX_LENGTH = 64;
/** Letters, digits and `. _ @ -`, starting with a letter or digit: e-mail addresses fit. */
export const USERNAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._@-]*$';

export const USERNAME_PROBLEMS = ['too_short', 'too_long', 'characters'] as const;
export type UsernameProblem = (typeof USERNAME_PROBLEMS)[number];

const USERNAME_REGEX = new RegExp(USERNAME_PATTERN);

/** Why a username cannot be set, or null when it can (the SPA shows it live; the API enforces it). */
export function checkUsername(username: string): UsernameProblem | null {
  if (username.length < USERNAME_MIN_LENGTH) return 'too_short';
  if (username.length > USERNAME_MAX_LENGTH) return 'too_long';
  return USERNAME_REGEX.test(username) ? null : 'characters';
}
