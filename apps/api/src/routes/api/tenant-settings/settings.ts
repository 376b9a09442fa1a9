import type { TenantSettings, TwoFactorRequirement } from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';

/** The active users whom the policy requires to use 2FA (see security/two-factor-policy.ts). */
function requiredUsersWhere(requiredFor: TwoFactorRequirement): Prisma.UserWhereInput {
  return requiredFor === 'all'
    ? { status: 'active' }
    : { status: 'active', roles: { some: { role: { key: 'admin' } } } };
}

/** The acting tenant's settings with how many required users have not activated 2FA yet. */
export async function readTenantSettings(db: TenantDb, tenantId: string): Promise<TenantSettings> {
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { domain: true, name: true, twoFactorRequiredFor: true, twoFactorGraceUntil: true },
  });
  const required = requiredUsersWhere(tenant.twoFactorRequiredFor);
  const [usersRequiringTwoFactor, usersLackingTwoFactor] = await Promise.all([
    db.user.count({ where: required }),
    db.user.count({
      where: {
        ...required,
        totpCredentials: { none: { confirmedAt: { not: null } } },
        webauthnCredentials: { none: {} },
      },
    }),
  ]);
  return {
    domain: tenant.domain,
    name: tenant.name,
    twoFactorRequiredFor: tenant.twoFactorRequiredFor,
    twoFactorGraceUntil: tenant.twoFactorGraceUntil?.toISOString() ?? null,
    usersRequiringTwoFactor,
    usersLackingTwoFactor,
  };
}
