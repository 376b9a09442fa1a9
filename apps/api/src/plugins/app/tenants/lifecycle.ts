import type { TenantStatus } from '@portal/shared';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { Sessions } from '../sessions.js';
import { TENANT_SELECT, type TenantRow } from './create.js';

/**
 * Sets the tenant's status. Deactivating ends the sessions of its own users at once (their
 * next request is 401 like any ended session); reseller users acting in it are sent back to
 * Select customer by the per-request check, without losing their own session.
 */
export async function setTenantStatus(
  tx: Prisma.TransactionClient,
  sessions: Sessions,
  tenantId: string,
  status: TenantStatus,
): Promise<{ before: TenantStatus; tenant: TenantRow }> {
  const before = await tx.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { status: true },
  });
  const tenant = await tx.tenant.update({
    where: { id: tenantId },
    data: { status },
    select: TENANT_SELECT,
  });
  if (status === 'deactivated') await sessions.revoke({ tenantUsers: tenantId }, tx);
  // Reseller users acting in it: their sessions check the customer again.
  await sessions.invalidate({ tenant: tenantId }, tx);
  return { before: before.status, tenant };
}

/**
 * Moves a customer to another reseller. Sessions of the old reseller acting in it lose access at
 * their next request (the per-request relation check); their "recently used" entries go.
 */
export async function moveCustomer(
  tx: Prisma.TransactionClient,
  sessions: Sessions,
  customerId: string,
  resellerId: string,
): Promise<{ fromResellerId: string | null; tenant: TenantRow }> {
  const before = await tx.tenant.findUniqueOrThrow({
    where: { id: customerId },
    select: { parentId: true },
  });
  const tenant = await tx.tenant.update({
    where: { id: customerId },
    data: { parentId: resellerId },
    select: TENANT_SELECT,
  });
  await tx.customerSelection.deleteMany({
    where: { tenantId: customerId, user: { tenantId: { not: resellerId } } },
  });
  await sessions.invalidate({ tenant: customerId }, tx);
  return { fromResellerId: before.parentId, tenant };
}
