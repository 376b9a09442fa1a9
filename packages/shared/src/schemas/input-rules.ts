import { type TStringOptions, Type } from 'typebox';
import { TEXT_PATTERN } from '../sign-in-rules.js';

/** A single-line text field: every free-text string of a request is one of these. */
export const TextField = (options: TStringOptions = {}) =>
  Type.String({ ...options, pattern: TEXT_PATTERN });

/**
 * The largest offset a list accepts: within PostgreSQL's integer and JavaScript's safe integers,
 * and far beyond any real list.
 */
export const OFFSET_MAX = 2_147_483_647;

/**
 * Keyset paging: the `nextCursor` of the previous page, opaque to clients (base64url). The list
 * continues after the position it names, within the caller's own tenant; a cursor that this list
 * did not give out is refused as a validation error.
 */
export const CursorField = Type.String({
  minLength: 1,
  maxLength: 1024,
  pattern: '^[A-Za-z0-9_-]+$',
  description: "The previous page's nextCursor: the page continues after it.",
});

/** How many items of a list to skip. */
export const OffsetField = Type.Integer({ minimum: 0, maximum: OFFSET_MAX, default: 0 });
