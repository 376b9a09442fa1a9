import type { FastifyInstance } from 'fastify';

/**
 * Names for the people in audit events. An actor may be a reseller user from ANOTHER tenant (who
 * acted in this customer) or a user deleted since, so the scoped client cannot resolve them: this
 * is the one cross-tenant read of the audit log. It is safe because it is given only ids taken
 * from events already read through `request.tenantDb` (scoped to the acting tenant), and it reads
 * nothing but the username, display name and home tenant domain of exactly those users and tenants.
 */
export interface AuditPeopleRefs {
  actorUserId: string | null;
  actorTenantId: string | null;
  subjectUserId: string | null;
}

export interface AuditPeople {
  /** By user id: the username, display name and the user's home tenant domain. */
  users: Map<string, { username: string; displayName: string; tenantDomain: string }>;
  /** By tenant id, for actors deleted since (their home tenant is on the event). */
  tenantDomains: Map<string, string>;
}

export async function lookUpAuditPeople(
  app: FastifyInstance,
  events: readonly AuditPeopleRefs[],
): Promise<AuditPeople> {
  const { prisma } = app.db;
  const userIds = distinct(events.flatMap((e) => [e.actorUserId, e.subjectUserId]));
  const tenantIds = distinct(events.map((e) => e.actorTenantId));
  const [users, tenants]: [AuditUserRow[], AuditTenantRow[]] = await Promise.all([
    userIds.length === 0
      ? []
      : prisma.user.findMany({
          where: { id: { in: userIds } },
          select: {
            id: true,
            username: true,
            displayName: true,
            tenant: { select: { domain: true } },
          },
        }),
    tenantIds.length === 0
      ? []
      : prisma.tenant.findMany({
          where: { id: { in: tenantIds } },
          select: { id: true, domain: true },
        }),
  ]);
  return {
    users: new Map(
      users.map((u) => [
        u.id,
        { username: u.username, displayName: u.displayName, tenantDomain: u.tenant.domain },
      ]),
    ),
    tenantDomains: new Map(tenants.map((t) => [t.id, t.domain])),
  };
}

interface AuditUserRow {
  id: string;
  username: string;
  displayName: string;
  tenant: { domain: string };
}

interface AuditTenantRow {
  id: string;
  domain: string;
}

function distinct(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
