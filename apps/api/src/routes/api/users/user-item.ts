import type { UserListItem } from '@portal/shared';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { TenantReader } from './tenant-user.js';
import { findTenantUser } from './tenant-user.js';

/** What the user list (and every answer about one user) shows of a user. */
export const USER_ITEM_SELECT = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  status: true,
  lastLoginAt: true,
  externalSubject: true,
  roles: { select: { role: { select: { key: true } } } },
  totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
  webauthnCredentials: { select: { id: true }, take: 1 },
} satisfies Prisma.UserSelect;

type UserItemRow = Prisma.UserGetPayload<{ select: typeof USER_ITEM_SELECT }>;

export function toUserListItem({
  roles,
  totpCredentials,
  webauthnCredentials,
  externalSubject,
  lastLoginAt,
  ...user
}: UserItemRow): UserListItem {
  return {
    ...user,
    roles: roles.map(({ role }) => role.key).sort(),
    twoFactorEnabled: totpCredentials.length > 0 || webauthnCredentials.length > 0,
    twoFactorMethods: [
      ...(totpCredentials.length > 0 ? (['totp'] as const) : []),
      ...(webauthnCredentials.length > 0 ? (['passkey'] as const) : []),
    ],
    lastLoginAt: lastLoginAt?.toISOString() ?? null,
    linkedToResellerPortal: externalSubject !== null,
  };
}

/** One user of the acting tenant as the list shows it, or 404. */
export async function findUserItem(db: TenantReader, userId: string): Promise<UserListItem> {
  return toUserListItem(await findTenantUser(db, userId, USER_ITEM_SELECT));
}
