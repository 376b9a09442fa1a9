import type { FastifyInstance } from 'fastify';
import type { Prisma } from '../../../generated/prisma/client.js';
import { errors } from '../../../lib/app-error.js';
import type { AuthContext } from '../../../plugins/app/sessions.js';

/**
 * A user of the acting tenant, or 404: another tenant's user is answered exactly like one that
 * does not exist. Every user route looks its subject up through here.
 */
export async function findTenantUser<S extends Prisma.UserSelect>(
  app: FastifyInstance,
  auth: AuthContext,
  userId: string,
  select: S,
) {
  const user = await app.db.prisma.user.findFirst({
    where: { id: userId, tenantId: auth.actingTenant.id },
    select,
  });
  if (!user) throw errors.notFound();
  return user;
}
