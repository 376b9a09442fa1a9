import { normalizeTenantDomain, normalizeUsername } from './identifiers.js';

/**
 * Password rules after NIST SP 800-63B (§5.1.1.2): length is the only composition rule; spaces
 * and any Unicode character are allowed; a password is refused when it is common or breached, or
 * contains context words (username, tenant domain). The API checks the full breached list (too
 * big to ship to the browser); the SPA checks its most common part (common-passwords.ts), and
 * everything else runs the same here for the SPA's live feedback. Lengths are Unicode code points after NFKC normalisation, so an emoji or an accented
 * letter counts once however it was typed.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Context words shorter than this are not looked for inside a password: a username like "al" or
 * "jo" occurs by chance in many good passphrases ("always", "journey"), and refusing those would
 * be a false refusal that guards against almost nothing.
 */
export const CONTEXT_WORD_MIN_LENGTH = 3;

/** Why a new password was refused: the `reason` of a 422 `weak_password` answer. */
export const WEAK_PASSWORD_REASONS = [
  'too_short',
  'too_long',
  'common',
  'contains_username',
  'contains_tenant_domain',
] as const;
export type WeakPasswordReason = (typeof WEAK_PASSWORD_REASONS)[number];

/** The English reference text for each reason; the SPA may translate by reason code. */
export const WEAK_PASSWORD_MESSAGES: Readonly<Record<WeakPasswordReason, string>> = {
  too_short: `The password is too short: use at least ${PASSWORD_MIN_LENGTH} characters.`,
  too_long: `The password is too long: use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common:
    'This password is on a list of common or breached passwords. Choose a different password.',
  contains_username: 'The password must not contain your username.',
  contains_tenant_domain: 'The password must not contain your tenant domain.',
};

export type PasswordCheck =
  | { ok: true }
  | { ok: false; reason: WeakPasswordReason; message: string };

export interface PasswordContext {
  username: string;
  tenantDomain: string;
}

/** Length in Unicode code points after NFKC normalisation. */
export function passwordLength(password: string): number {
  let length = 0;
  for (const _codePoint of password.normalize('NFKC')) length++;
  return length;
}

/** The form compared against lists and context words: NFKC, then lower case. */
export function foldPassword(password: string): string {
  return password.normalize('NFKC').toLowerCase();
}

function refuse(reason: WeakPasswordReason): PasswordCheck {
  return { ok: false, reason, message: WEAK_PASSWORD_MESSAGES[reason] };
}

function containsWord(folded: string, word: string): boolean {
  return passwordLength(word) >= CONTEXT_WORD_MIN_LENGTH && folded.includes(word);
}

/**
 * Checks every rule in a fixed order (length, list, username, tenant domain) and answers the first
 * that fails. `isCommon` receives the folded password; without it (in the browser) the list check
 * is skipped and only the server can answer `common`.
 */
export function checkPasswordRules(
  password: string,
  context: PasswordContext,
  isCommon?: (folded: string) => boolean,
): PasswordCheck {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return refuse('too_short');
  if (length > PASSWORD_MAX_LENGTH) return refuse('too_long');
  const folded = foldPassword(password);
  if (isCommon?.(folded)) return refuse('common');
  if (containsWord(folded, normalizeUsername(context.username))) {
    return refuse('contains_username');
  }
  const domain = normalizeTenantDomain(context.tenantDomain);
  const firstLabel = domain.split('.')[0] ?? '';
  if (containsWord(folded, domain) || containsWord(folded, firstLabel)) {
    return refuse('contains_tenant_domain');
  }
  return { ok: true };
}
