import { PERMISSIONS, type Permission, type TenantSummary } from '@portal/shared';
import type { PrismaClient } from '../../generated/prisma/client.js';

export interface SessionRecord {
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  actingTenant: TenantSummary;
  permissions: Permission[];
  user: {
    id: string;
    username: string;
    displayName: string;
    email: string | null;
    status: 'active' | 'deactivated';
    roles: string[];
    twoFactorEnabled: boolean;
    tenant: TenantSummary;
  };
}

const tenantSummary = { select: { id: true, domain: true, name: true, kind: true } } as const;

/** The session with its user, tenants, roles and effective permissions, in one query. */
export async function loadSession(
  prisma: PrismaClient,
  sessionId: string,
): Promise<SessionRecord | null> {
  const row = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      actingTenant: tenantSummary,
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          email: true,
          status: true,
          tenant: tenantSummary,
          roles: {
            select: {
              role: { select: { key: true, permissions: { select: { permissionKey: true } } } },
            },
          },
          totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  if (!row) return null;
  const { roles, totpCredentials, ...user } = row.user;
  const granted = new Set(
    roles.flatMap(({ role }) => role.permissions.map((p) => p.permissionKey)),
  );
  return {
    revokedAt: row.revokedAt,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    actingTenant: row.actingTenant,
    permissions: PERMISSIONS.filter((permission) => granted.has(permission)),
    user: {
      ...user,
      roles: roles.map(({ role }) => role.key).sort(),
      twoFactorEnabled: totpCredentials.length > 0,
    },
  };
}
