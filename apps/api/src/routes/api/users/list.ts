import type { UserListQuery, UserListResponse } from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { toUserListItem, USER_ITEM_SELECT } from './user-item.js';

/** One page of the tenant's users, with what the user list shows of each. */
export async function listUsers(db: TenantDb, query: UserListQuery): Promise<UserListResponse> {
  const search = query.search?.trim();
  const where: Prisma.UserWhereInput = {
    ...(search
      ? {
          OR: [
            { username: { contains: search, mode: 'insensitive' } },
            { displayName: { contains: search, mode: 'insensitive' } },
            { email: { contains: search, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      // Unique per tenant, so pages never overlap or skip a row.
      orderBy: { usernameKey: 'asc' },
      take: query.limit ?? 50,
      skip: query.offset ?? 0,
      select: USER_ITEM_SELECT,
    }),
  ]);
  return { total, items: users.map(toUserListItem) };
}
