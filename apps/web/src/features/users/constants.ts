import { CreateUserBody, RspLinkBody } from '@portal/shared';
import type { TSchema } from 'typebox';

/** Users per page (GET /api/users allows up to 200). */
export const USER_LIST_PAGE_SIZE = 50;

/** Wait this long after the last keystroke before searching: one request per pause, not per key. */
export const USER_SEARCH_DEBOUNCE_MS = 250;

/** The longest search that GET /api/users accepts (UserListQuery.search). */
export const USER_SEARCH_MAX_LENGTH = 128;

/** A string field's maxLength, read from the schema the API validates with: stated only there. */
function maxLengthOf(schema: TSchema): number {
  const { maxLength } = schema as { maxLength?: unknown };
  if (typeof maxLength !== 'number') throw new Error('the schema has no maxLength');
  return maxLength;
}

export const DISPLAY_NAME_MAX_LENGTH = maxLengthOf(CreateUserBody.properties.displayName);
export const EMAIL_MAX_LENGTH = maxLengthOf(CreateUserBody.properties.email);
export const RSP_SUBJECT_MAX_LENGTH = maxLengthOf(RspLinkBody.properties.subject);
