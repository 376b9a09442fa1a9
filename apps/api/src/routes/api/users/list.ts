import type { UserListQuery, UserListResponse } from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';

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
      orderBy: { usernameKey: 'asc' },
      take: query.limit ?? 50,
      skip: query.offset ?? 0,
      select: {
        id: true,
        username: true,
        displayName: true,
        email: true,
        status: true,
        lastLoginAt: true,
        externalSubject: true,
        roles: { select: { role: { select: { key: true } } } },
        totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
      },
    }),
  ]);
  return {
    total,
    items: users.map(({ roles, totpCredentials, externalSubject, lastLoginAt, ...user }) => ({
      ...user,
      roles: roles.map(({ role }) => role.key).sort(),
      twoFactorEnabled: totpCredentials.length > 0,
      lastLoginAt: lastLoginAt?.toISOString() ?? null,
      linkedToResellerPortal: externalSubject !== null,
    })),
  };
}
