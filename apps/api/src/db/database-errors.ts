/**
 * Whether an error means "the database cannot be reached right now" (as opposed to a bug or bad
 * input). Those become 503 service_unavailable, and the pool reconnects by itself afterwards.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart),
// and 57014: a statement cancelled by statement_timeout (the database is too slow to answer).
const UNAVAILABLE_SQLSTATE = /^(08|57P|57014$)/;
const UNAVAILABLE_MESSAGES =
  /connection terminated|connection (is )?closed|timeout exceeded when trying to connect|can't reach database|database (server|system) is (starting up|shutting down)|the database is not reachable|client has encountered a connection error|closed the connection|query read timeout/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code, kind, originalCode } = error as Error & {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
  };
  if (typeof code === 'string') {
    if (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
    if (UNAVAILABLE_SQLSTATE.test(code)) return true;
  }
  if (typeof originalCode === 'string' && UNAVAILABLE_SQLSTATE.test(originalCode)) return true;
  if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed') return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
  )
    return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}

/**
 * A unique-constraint violation, e.g. a uniqueness check that lost a race against another
 * request. Prisma reports P2002; through a driver adapter the SQLSTATE 23505 may come wrapped in
 * a cause instead.
 */
export function isUniqueViolation(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code, originalCode } = error as Error & { code?: unknown; originalCode?: unknown };
  if (code === 'P2002' || code === '23505' || originalCode === '23505') return true;
  return isUniqueViolation(error.cause, depth + 1);
}
