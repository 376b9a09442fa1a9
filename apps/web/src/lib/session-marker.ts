import { SESSION_STORAGE_KEYS } from '@/config/constants';
import { readStorage, removeStorage, writeStorage } from '@/lib/storage';

/*
 * Whether this tab had a session, so that a 401 can tell "your session has ended" apart from
 * "you have not signed in yet" (the API answers both alike).
 *
 * - Set when /api/me succeeds, not when sign-in does: only then did this browser hold a session
 *   that worked (a sign-in whose cookie is then refused did not "end").
 * - In sessionStorage: it survives a reload (the SPA starts afresh and sees only the 401), but
 *   belongs to this tab and goes with it, so a first visit, or a new tab days later, lands on the
 *   login page without a message about a session nobody remembers. Another open tab keeps its
 *   own marker, so a logout there still reads as "ended" here.
 * - Cleared on an explicit logout (nothing to announce) and once the end has been announced.
 * Where storage is blocked the message is left out: never shown wrongly, at worst not at all.
 */
const KEY = SESSION_STORAGE_KEYS.hadSession;

export function rememberSession(): void {
  writeStorage(KEY, 'yes', 'sessionStorage');
}

export function forgetSession(): void {
  removeStorage(KEY, 'sessionStorage');
}

/** True once per session that ended: reading it forgets the session. */
export function takeEndedSession(): boolean {
  const hadSession = readStorage(KEY, 'sessionStorage') !== null;
  forgetSession();
  return hadSession;
}
