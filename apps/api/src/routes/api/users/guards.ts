import { errors, type OwnAccountChange } from '../../../lib/app-error.js';
import type { TenantTx } from './tenant-user.js';

/** Who changes users, and where: the signed-in user and the tenant they act in. */
export interface Actor {
  userId: string;
  actingTenantId: string;
}

/** What the guards need to know about the user being changed. */
export interface GuardedUser {
  id: string;
  status: 'active' | 'deactivated';
  roles: readonly string[];
}

/**
 * Serialises the changes that can take the admin role away within one tenant: the row lock on
 * the acting tenant is held until the transaction ends, so two requests cannot both see "two
 * admins left" and each remove one. Take it first in the transaction, before reading users. (The
 * scoped client has no raw SQL, so no SELECT … FOR UPDATE; an UPDATE of the row locks it as well.)
 */
export async function lockTenantAdmins(tx: TenantTx, tenantId: string): Promise<void> {
  await tx.tenant.update({ where: { id: tenantId }, data: { updatedAt: new Date() } });
}

/**
 * Refuses a change that would take the last active administrator away (and an administrator's
 * own demotion, deactivation or deletion). Call inside the transaction that `lockTenantAdmins`
 * opened, before the change.
 */
export async function assertMayLoseAdmin(
  tx: TenantTx,
  actor: Actor,
  user: GuardedUser,
  change: OwnAccountChange,
): Promise<void> {
  // The actor's user lives in their home tenant: a reseller acting in a customer is never
  // "themselves" among the customer's users, and the id comparison says so by itself.
  if (user.id === actor.userId) throw errors.ownAccount(change);
  if (user.status !== 'active' || !user.roles.includes('admin')) return;
  const activeAdmins = await tx.userRole.count({
    where: { role: { key: 'admin' }, user: { status: 'active' } },
  });
  if (activeAdmins <= 1) throw errors.lastAdmin();
}
