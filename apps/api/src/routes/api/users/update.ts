import { normalizeUsername, type RoleKey, type UpdateUserBody } from '@portal/shared';
import { isUniqueViolation } from '../../../db/database-errors.js';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import { type Actor, assertMayLoseAdmin, type GuardedUser, lockTenantAdmins } from './guards.js';
import { replaceRole, roleKeys } from './roles.js';
import { findTenantUser, type TenantTx } from './tenant-user.js';

export type UpdatedField = 'username' | 'displayName' | 'email' | 'role';

/** What an update changed: only values that differ from before count. */
export interface UserUpdate {
  changedFields: UpdatedField[];
  /** The new role, when it changed. */
  role: RoleKey | null;
  status: 'deactivated' | 'activated' | null;
  /** The address before, when the e-mail changed: its owner is told there too. */
  previousEmail?: string | null;
}

const CURRENT = {
  id: true,
  tenantId: true,
  username: true,
  displayName: true,
  email: true,
  status: true,
  externalSubject: true,
  roles: { select: { role: { select: { key: true } } } },
} satisfies Prisma.UserSelect;

type CurrentUser = Prisma.UserGetPayload<{ select: typeof CURRENT }>;

interface Plan extends UserUpdate {
  data: Prisma.UserUncheckedUpdateInput;
}

/**
 * Changes the fields given. Guards and change are one transaction under the tenant's admin lock,
 * so concurrent requests cannot together remove the last administrator.
 */
export async function updateTenantUser(
  db: TenantDb,
  actor: Actor,
  userId: string,
  body: UpdateUserBody,
): Promise<UserUpdate> {
  try {
    return await db.$transaction(async (tx) => {
      await lockTenantAdmins(tx, actor.actingTenantId);
      const current = await findTenantUser(tx, userId, CURRENT);
      const { data, ...update } = planUpdate(current, body);
      await guard(tx, actor, current, update);
      if (Object.keys(data).length > 0) {
        await tx.user.update({ where: { id: current.id }, data });
      }
      if (update.role) await replaceRole(tx, current, update.role);
      return update;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.usernameTaken();
    throw error;
  }
}

function planUpdate(current: CurrentUser, body: UpdateUserBody): Plan {
  const data: Prisma.UserUncheckedUpdateInput = {};
  const changedFields: UpdatedField[] = [];
  if (body.username !== undefined && body.username !== current.username) {
    if (current.externalSubject !== null) {
      throw errors.managedByResellerPortal('username');
    }
    data.username = body.username;
    data.usernameKey = normalizeUsername(body.username);
    changedFields.push('username');
  }
  const displayName = body.displayName?.trim();
  if (displayName !== undefined && displayName !== current.displayName) {
    data.displayName = displayName;
    changedFields.push('displayName');
  }
  let previousEmail: string | null | undefined;
  if (body.email !== undefined && body.email !== current.email) {
    data.email = body.email;
    changedFields.push('email');
    previousEmail = current.email;
  }
  const roles = roleKeys(current);
  const role = body.role !== undefined && !sameRoles(roles, body.role) ? body.role : null;
  if (role) changedFields.push('role');
  let status: UserUpdate['status'] = null;
  if (body.status !== undefined && body.status !== current.status) {
    data.status = body.status;
    status = body.status === 'active' ? 'activated' : 'deactivated';
  }
  return {
    data,
    changedFields,
    role,
    status,
    ...(previousEmail !== undefined ? { previousEmail } : {}),
  };
}

const sameRoles = (roles: string[], role: RoleKey) => roles.length === 1 && roles[0] === role;

async function guard(tx: TenantTx, actor: Actor, current: CurrentUser, update: UserUpdate) {
  const user: GuardedUser = { id: current.id, status: current.status, roles: roleKeys(current) };
  if (update.role && update.role !== 'admin' && user.roles.includes('admin')) {
    await assertMayLoseAdmin(tx, actor, user, 'demote');
  }
  if (update.status === 'deactivated') {
    await assertMayLoseAdmin(tx, actor, user, 'deactivate');
  }
}
