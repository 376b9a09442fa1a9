import type { RoleKey } from '@portal/shared';
import type { TenantTx } from './tenant-user.js';

/** Gives the user exactly this one role of the acting tenant (each tenant has admin and user). */
export async function replaceRole(
  tx: TenantTx,
  user: { id: string; tenantId: string },
  key: RoleKey,
): Promise<void> {
  const role = await tx.role.findFirstOrThrow({ where: { key }, select: { id: true } });
  await tx.userRole.deleteMany({ where: { userId: user.id } });
  await tx.userRole.create({
    data: { tenantId: user.tenantId, userId: user.id, roleId: role.id },
  });
}

/** The role keys of a user row selected with `roles: { select: { role: { select: { key } } } }`. */
export function roleKeys(user: { roles: { role: { key: string } }[] }): string[] {
  return user.roles.map(({ role }) => role.key).sort();
}
