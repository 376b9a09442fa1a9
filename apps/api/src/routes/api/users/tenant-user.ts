import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';

/** The scoped client, or a transaction opened on it: both see the acting tenant only. */
export type TenantTx = Parameters<Parameters<TenantDb['$transaction']>[0]>[0];
export type TenantReader = TenantDb | TenantTx;

/**
 * A user of the acting tenant, or 404: another tenant's user is answered exactly like one that
 * does not exist (the scoped client cannot see it). Every user route looks its subject up here.
 */
export async function findTenantUser<S extends Prisma.UserSelect>(
  db: TenantReader,
  userId: string,
  select: S,
) {
  const user = await db.user.findUnique({ where: { id: userId }, select });
  if (!user) throw errors.notFound();
  return user;
}
