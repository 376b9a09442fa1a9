/** Any origin will do: only whether a path stays on it matters. */
const PROBE_ORIGIN = 'https://portal.invalid';

/**
 * Whether `value` is a path of this app (with its query and hash) that may be navigated to after
 * signing in: a relative path from the root that stays on this origin. Refused: other origins
 * ("//evil.example", "https://…"), backslashes that browsers read as slashes ("/\evil.example"),
 * control characters and whitespace that URL parsing strips ("/\t/evil.example"), and schemes.
 */
export function isLocalPath(value: unknown): value is string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (/[\\\u0000-\u0020\u007f]/.test(value)) return false;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN && `${url.pathname}${url.search}${url.hash}` === value;
  } catch {
    return false;
  }
}

/** Where to go after signing in: `from` when it is a local path, otherwise the portal's start. */
export function returnPathOr(from: unknown, fallback: string): string {
  return isLocalPath(from) ? from : fallback;
}
