import { errors } from './app-error.js';

/**
 * Keyset cursors: the sort key of a page's last row, as base64url JSON. They name a position,
 * never a tenant: every list applies its own tenant scope, so a cursor (also one taken from
 * another tenant's list, or edited) can only move within what the caller may see anyway.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key in a cursor, checked against its shape; a 400 for anything else. */
export function decodeCursor<Key extends readonly string[]>(
  raw: string,
  isKey: (parts: readonly string[]) => parts is Key,
): Key {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) {
    throw invalidCursor();
  }
  if (!isKey(parts)) throw invalidCursor();
  return parts;
}

const invalidCursor = () =>
  errors.invalidInput(
    'The cursor is not one this list gave out. Start from the first page.',
    'cursor',
  );

/** Offset or cursor, not both: the two name a page in different ways. */
export function assertOneWayOfPaging(query: { cursor?: string; offset?: number }): void {
  if (query.cursor !== undefined && (query.offset ?? 0) > 0) {
    throw errors.invalidInput('Give either a cursor or an offset, not both.', 'cursor');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (value: string): boolean => UUID.test(value);
