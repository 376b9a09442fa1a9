import type { UserListQuery, UserListResponse } from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { assertOneWayOfPaging, decodeCursor, encodeCursor } from '../../../lib/list-cursor.js';
import { toUserListItem, USER_ITEM_SELECT } from './user-item.js';

const DEFAULT_PAGE_SIZE = 50;
const USERNAME_KEY_MAX_LENGTH = 200;

const isUsernamePosition = (parts: readonly string[]): parts is readonly [string] =>
  parts.length === 1 && (parts[0]?.length ?? 0) <= USERNAME_KEY_MAX_LENGTH;

/**
 * One page of the tenant's users by username key (unique per tenant, so pages never overlap or
 * skip a row). A cursor page starts right after the previous page's last username through the
 * (tenant_id, username_key) index, so the last page costs what the first does. The search is a
 * case-insensitive substring match (ILIKE), answered by the trigram GIN indexes of the three
 * columns. The total is counted on the first page only (no cursor): it is exact, and paging on
 * does not count the whole tenant again on every page.
 */
export async function listUsers(db: TenantDb, query: UserListQuery): Promise<UserListResponse> {
  assertOneWayOfPaging(query);
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const search = query.search?.trim();
  const matches: Prisma.UserWhereInput = search
    ? {
        OR: [
          { username: { contains: search, mode: 'insensitive' } },
          { displayName: { contains: search, mode: 'insensitive' } },
          { email: { contains: search, mode: 'insensitive' } },
        ],
      }
    : {};
  const after = query.cursor ? decodeCursor(query.cursor, isUsernamePosition)[0] : undefined;
  const [total, found] = await Promise.all([
    after === undefined ? db.user.count({ where: matches }) : null,
    db.user.findMany({
      where: after === undefined ? matches : { ...matches, usernameKey: { gt: after } },
      orderBy: { usernameKey: 'asc' },
      // One more than the page tells whether there is a next page.
      take: limit + 1,
      skip: query.offset ?? 0,
      select: { ...USER_ITEM_SELECT, usernameKey: true },
    }),
  ]);
  const users = found.slice(0, limit);
  const last = users.at(-1);
  return {
    total,
    items: users.map(({ usernameKey: _cursorKey, ...user }) => toUserListItem(user)),
    nextCursor: found.length > limit && last ? encodeCursor([last.usernameKey]) : null,
  };
}
