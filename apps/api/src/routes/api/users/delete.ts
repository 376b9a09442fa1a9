import type { TenantDb } from '../../../db/tenant-scope.js';
import { type Actor, assertMayLoseAdmin, lockTenantAdmins } from './guards.js';
import { roleKeys } from './roles.js';
import { findTenantUser } from './tenant-user.js';

/**
 * Deletes a user of the acting tenant, under the same guards and lock as a demotion. Their
 * sessions, roles, 2FA and reset tokens go with the row (foreign keys cascade) in this same
 * transaction; revoking the sessions beforehand would sign the user out even when a guard refuses.
 */
export async function deleteTenantUser(
  db: TenantDb,
  actor: Actor,
  userId: string,
): Promise<{ id: string; username: string; displayName: string }> {
  return db.$transaction(async (tx) => {
    await lockTenantAdmins(tx, actor.actingTenantId);
    const user = await findTenantUser(tx, userId, {
      id: true,
      username: true,
      displayName: true,
      status: true,
      roles: { select: { role: { select: { key: true } } } },
    });
    await assertMayLoseAdmin(
      tx,
      actor,
      { id: user.id, status: user.status, roles: roleKeys(user) },
      'delete',
    );
    await tx.user.delete({ where: { id: user.id } });
    return { id: user.id, username: user.username, displayName: user.displayName };
  });
}
