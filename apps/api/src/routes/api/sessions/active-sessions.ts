import { describeUserAgent, type SessionListItem } from '@portal/shared';
import type { TenantDb } from '../../../db/tenant-scope.js';
import type { Prisma } from '../../../generated/prisma/client.js';

/**
 * The sessions that would still sign a request in: not revoked, before their absolute end and
 * within the idle timeout, exactly as `sessions.current` decides for a cookie.
 */
export function activeSessionWhere(idleTimeoutSeconds: number, now = new Date()) {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutSeconds * 1000) },
  } satisfies Prisma.SessionWhereInput;
}

/** The signed-in user's active sessions (the scoped client sees only theirs), newest-seen first. */
export async function listActiveSessions(
  db: TenantDb,
  idleTimeoutSeconds: number,
  currentSessionId: string,
): Promise<SessionListItem[]> {
  const sessions = await db.session.findMany({
    where: activeSessionWhere(idleTimeoutSeconds),
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      ip: true,
      userAgent: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      actingTenant: { select: { domain: true, name: true } },
    },
  });
  return sessions.map((session) => {
    // Names only: the SPA joins them in the reader's language ("Chrome on Linux").
    const { browser, system } = describeUserAgent(session.userAgent);
    return {
      id: session.id,
      current: session.id === currentSessionId,
      browser,
      system,
      ip: session.ip,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      actingTenant: session.actingTenant,
    };
  });
}
