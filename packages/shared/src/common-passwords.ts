import { COMMON_PASSWORDS_TEXT } from './common-passwords-data.js';
import { checkPasswordRules, type PasswordCheck, type PasswordContext } from './password-rules.js';

let subset: ReadonlySet<string> | undefined;

/**
 * The browser's share of the breached-password list: the most common entries the length rule lets
 * through, every one also on the server's full list. A separate entry point (not in the package's
 * index) so that only the pages with a new-password field load it.
 */
export function commonPasswordSubset(): ReadonlySet<string> {
  subset ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return subset;
}

/** The `isCommon` of checkPasswordRules for the browser: takes the folded password. */
export function isInCommonPasswordSubset(folded: string): boolean {
  return commonPasswordSubset().has(folded);
}

/**
 * The browser's verdict on a new password: the shared rules with the subset as the list. It
 * refuses only what the server refuses too (the subset is part of the server's list); the server
 * alone can refuse the rarer breached passwords.
 */
export function checkPasswordInBrowser(password: string, context: PasswordContext): PasswordCheck {
  return checkPasswordRules(password, context, isInCommonPasswordSubset);
}
