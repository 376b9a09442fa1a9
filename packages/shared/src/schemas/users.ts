import { Type } from 'typebox';
import { ROLE_KEYS } from '../permissions.js';
import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, USERNAME_PATTERN } from '../username-rules.js';
import { CursorField, OffsetField, TextField } from './input-rules.js';

export const UserListQuery = Type.Object(
  {
    search: Type.Optional(
      TextField({ maxLength: 128, description: 'Part of username, name or e-mail.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    /** Keyset paging by username: the page after the previous page's last user. */
    cursor: Type.Optional(CursorField),
    /** Offset paging, kept for existing clients: its cost grows with the offset. */
    offset: Type.Optional(OffsetField),
  },
  { additionalProperties: false },
);
export type UserListQuery = Type.Static<typeof UserListQuery>;

export const UserListItem = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  status: Type.Enum(['active', 'deactivated'] as const),
  twoFactorEnabled: Type.Boolean(),
  /** Which second factors are in force: an authenticator app, passkeys, both or none. */
  twoFactorMethods: Type.Array(Type.Enum(['totp', 'passkey'] as const)),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Signs in through the reseller portal (shown with the RSP label). */
  linkedToResellerPortal: Type.Boolean(),
});
export type UserListItem = Type.Static<typeof UserListItem>;

export const UserListResponse = Type.Object({
  items: Type.Array(UserListItem),
  /**
   * All matches, counted on a request without a cursor (the first page) only; null on the pages
   * a cursor asks for, so that paging on costs the page alone and not the whole tenant each time.
   */
  total: Type.Union([Type.Integer(), Type.Null()]),
  /** The `cursor` of the next page; null on the last page. */
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type UserListResponse = Type.Static<typeof UserListResponse>;

const RoleField = Type.Enum(ROLE_KEYS, { description: 'The role: its permissions are granted.' });

export const NewUsernameField = Type.String({
  minLength: USERNAME_MIN_LENGTH,
  maxLength: USERNAME_MAX_LENGTH,
  pattern: USERNAME_PATTERN,
  description: 'Letters, digits and . _ @ -, starting with a letter or digit; unique per tenant.',
});

export const DisplayNameField = TextField({ maxLength: 200 });
const EmailField = Type.String({ format: 'email', maxLength: 254 });

export const CreateUserBody = Type.Object(
  {
    username: NewUsernameField,
    displayName: Type.Optional(DisplayNameField),
    /** The user receives a mail to set their password. */
    email: EmailField,
    role: RoleField,
  },
  { additionalProperties: false },
);
export type CreateUserBody = Type.Static<typeof CreateUserBody>;

/** Only the fields given are changed. */
export const UpdateUserBody = Type.Object(
  {
    username: Type.Optional(NewUsernameField),
    displayName: Type.Optional(DisplayNameField),
    email: Type.Optional(EmailField),
    role: Type.Optional(RoleField),
    status: Type.Optional(Type.Enum(['active', 'deactivated'] as const)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Type.Static<typeof UpdateUserBody>;
