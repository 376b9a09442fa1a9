import { Type } from 'typebox';

export const UserListQuery = Type.Object(
  {
    search: Type.Optional(
      Type.String({ maxLength: 128, description: 'Part of username, name or e-mail.' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
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
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Signs in through the reseller portal (shown with the RSP label). */
  linkedToResellerPortal: Type.Boolean(),
});
export type UserListItem = Type.Static<typeof UserListItem>;

export const UserListResponse = Type.Object({
  items: Type.Array(UserListItem),
  total: Type.Integer(),
});
export type UserListResponse = Type.Static<typeof UserListResponse>;
