import { randomUUID } from 'node:crypto';
import type { Permission, TenantSummary } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { Prisma } from '../../generated/prisma/client.js';
import { errors } from '../../lib/app-error.js';
import { sessionCookie } from '../../security/session-cookie.js';
import { createSessionTokens } from '../../security/session-token.js';
import { type Clock, touchIntervalMs } from './session-idle.js';
import { type AuthMethod, loadSession, type SessionRecord } from './session-record.js';

/** Who is signed in, for this request: set by `sessions.authenticate` on protected routes. */
export interface AuthContext {
  sessionId: string;
  authMethod: AuthMethod;
  expiresAt: Date;
  /** When the owner last proved their factors (sign-in or step-up re-authentication). */
  factorsProvenAt: Date;
  user: SessionRecord['user'];
  tenant: TenantSummary;
  /** Where the request acts: the user's own tenant, or a reseller's chosen customer. */
  actingTenant: TenantSummary;
  /**
   * The customer the session was acting in when it stopped being the reseller's: `actingTenant`
   * is then the user's own tenant, and only endpoints that do not act in a tenant answer.
   */
  unavailableCustomer: TenantSummary | null;
  permissions: Permission[];
}

/** A session about to start: its INSERT, and its cookie for after it. */
export interface PreparedSession {
  insert: Prisma.Sql;
  setCookie(reply: FastifyReply): void;
}

export interface Sessions {
  /** Starts a new session (always a new id) and sets its cookie. */
  start(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    tenantId: string,
    authMethod?: AuthMethod,
  ): Promise<void>;
  /**
   * `start` in two halves, for a sign-in that inserts the session within a larger statement: the
   * INSERT (written only when `condition`, SQL, holds), and the cookie to set once it ran.
   */
  prepareStart(
    request: FastifyRequest,
    start: { userId: string; tenantId: string; authMethod: AuthMethod; condition?: Prisma.Sql },
  ): PreparedSession;
  /**
   * Moves the request's session to another acting tenant under a new id (the old one is revoked
   * in the same transaction, so a copied cookie of the old one stops working) and sets its cookie.
   * The absolute expiry stays that of the sign-in: switching never extends a session.
   */
  switchTenant(request: FastifyRequest, reply: FastifyReply, actingTenantId: string): Promise<void>;
  /** The request's valid session, or null; refreshes its idle timer. */
  current(request: FastifyRequest): Promise<AuthContext | null>;
  /**
   * onRequest hook for protected routes: 401 unless a valid session is present; 403
   * customer_unavailable when the route acts in the tenant and the session's customer is gone.
   */
  authenticate(request: FastifyRequest, options?: { actsInTenant?: boolean }): Promise<void>;
  /** Ends every session of a user at once (new password, 2FA reset); in `tx` when given. */
  revokeAllOf(userId: string, tx?: Prisma.TransactionClient): Promise<void>;
  /** Ends every other session of the user of `sessionId` (a new password); in `tx` when given. */
  revokeOthersOf(sessionId: string, userId: string, tx?: Prisma.TransactionClient): Promise<number>;
  /** The owner of the session proved their factors just now (step-up re-authentication). */
  recordProof(sessionId: string): Promise<void>;
  /** Whether the session's factors were proven recently enough for a sensitive change. */
  hasRecentProof(auth: AuthContext): boolean;
  /** How recent "recently" is (STEP_UP_MAX_AGE_SECONDS). */
  readonly stepUpMaxAgeSeconds: number;
  /** Revokes the request's session (if any) and clears the cookie; returns the ended context. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<AuthContext | null>;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessions: Sessions;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

async function sessions(app: FastifyInstance, options: { config: Config; clock?: Clock }) {
  const { prisma } = app.db;
  const { idleTimeoutSeconds, absoluteTimeoutSeconds, stepUpMaxAgeSeconds } =
    options.config.session;
  const touchInterval = touchIntervalMs(idleTimeoutSeconds);
  const clock = options.clock ?? Date.now;
  const cookie = sessionCookie(options.config.publicUrl);
  const tokens = createSessionTokens(app.jwt);
  app.decorateRequest('auth', null);

  async function current(request: FastifyRequest): Promise<AuthContext | null> {
    const token = request.cookies[cookie.name];
    const sessionId = token ? tokens.verify(token, 'session') : null;
    if (!sessionId) return null;
    const record = await loadSession(prisma, sessionId);
    const now = clock();
    if (
      !record ||
      record.revokedAt ||
      record.expiresAt.getTime() <= now ||
      record.lastSeenAt.getTime() + idleTimeoutSeconds * 1000 <= now ||
      record.user.status !== 'active'
    ) {
      return null;
    }
    if (now - record.lastSeenAt.getTime() > touchInterval) {
      await prisma.session.updateMany({
        where: { id: sessionId, revokedAt: null },
        data: { lastSeenAt: new Date(now) },
      });
    }
    const allowed = record.actingTenantAllowed;
    return {
      sessionId,
      authMethod: record.authMethod,
      expiresAt: record.expiresAt,
      factorsProvenAt: record.factorsProvenAt,
      user: record.user,
      tenant: record.user.tenant,
      // A customer that left the reseller is not acted in any more, not even by the endpoints
      // that still answer (choosing again, signing out): they see the user's own tenant.
      actingTenant: allowed ? record.actingTenant : tenantSummary(record.user.tenant),
      unavailableCustomer: allowed ? null : record.actingTenant,
      permissions: record.permissions,
    };
  }

  const prepareStart: Sessions['prepareStart'] = (
    request,
    { userId, tenantId, authMethod, condition = Prisma.sql`true` },
  ) => {
    const now = new Date(clock());
    const expiresAt = new Date(now.getTime() + absoluteTimeoutSeconds * 1000);
    // The id is drawn here, so the cookie needs nothing back from the statement.
    const id = randomUUID();
    const userAgent = request.headers['user-agent']?.slice(0, 512) ?? null;
    return {
      // Signing in is a proof of the factors: factors_proven_at is now.
      insert: Prisma.sql`
        INSERT INTO sessions (id, user_id, acting_tenant_id, auth_method, last_seen_at,
                              factors_proven_at, expires_at, ip, user_agent)
        SELECT ${id}::uuid, ${userId}::uuid, ${tenantId}::uuid, ${authMethod}::"AuthMethod",
               ${now}::timestamptz, ${now}::timestamptz,
               ${expiresAt}::timestamptz, ${request.ip}::text, ${userAgent}::text
        WHERE ${condition}`,
      setCookie(reply) {
        reply.setCookie(
          cookie.name,
          tokens.sign({ sid: id, typ: 'session' }, expiresAt),
          cookie.options,
        );
      },
    };
  };

  app.decorate<Sessions>('sessions', {
    async start(request, reply, userId, tenantId, authMethod = 'local') {
      const session = prepareStart(request, { userId, tenantId, authMethod });
      await prisma.$executeRaw(session.insert);
      session.setCookie(reply);
    },
    prepareStart,
    async switchTenant(request, reply, actingTenantId) {
      const auth = request.auth ?? (await current(request));
      if (!auth) throw errors.unauthenticated();
      const now = new Date(clock());
      const rotated = await prisma.$transaction(async (tx) => {
        const revoked = await tx.session.updateMany({
          where: { id: auth.sessionId, revokedAt: null },
          data: { revokedAt: now },
        });
        // Revoked meanwhile (logout in another tab): nothing to move.
        if (revoked.count === 0) throw errors.unauthenticated();
        return tx.session.create({
          data: {
            userId: auth.user.id,
            actingTenantId,
            authMethod: auth.authMethod,
            lastSeenAt: now,
            expiresAt: auth.expiresAt,
            // Acting elsewhere proves nothing new, and forgets nothing either.
            factorsProvenAt: auth.factorsProvenAt,
            ip: request.ip,
            userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
          },
        });
      });
      reply.setCookie(
        cookie.name,
        tokens.sign({ sid: rotated.id, typ: 'session' }, rotated.expiresAt),
        cookie.options,
      );
    },
    current,
    async authenticate(request, { actsInTenant = true } = {}) {
      request.auth = await current(request);
      if (!request.auth) throw errors.unauthenticated();
      if (actsInTenant && request.auth.unavailableCustomer) {
        throw errors.customerUnavailable(request.auth.tenant.id);
      }
    },
    async revokeAllOf(userId, tx = prisma) {
      await tx.session.updateMany({
        where: { userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    },
    async revokeOthersOf(sessionId, userId, tx = prisma) {
      const { count } = await tx.session.updateMany({
        where: { userId, id: { not: sessionId }, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return count;
    },
    async recordProof(sessionId) {
      await prisma.session.updateMany({
        where: { id: sessionId, revokedAt: null },
        data: { factorsProvenAt: new Date(clock()) },
      });
    },
    stepUpMaxAgeSeconds,
    hasRecentProof: (auth) =>
      clock() - auth.factorsProvenAt.getTime() <= stepUpMaxAgeSeconds * 1000,
    async end(request, reply) {
      const auth = await current(request);
      if (auth) {
        await prisma.session.updateMany({
          where: { id: auth.sessionId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
      }
      reply.clearCookie(cookie.name, cookie.options);
      return auth;
    },
  });
}

function tenantSummary({ id, domain, name, kind }: TenantSummary): TenantSummary {
  return { id, domain, name, kind };
}

export default fp(sessions, {
  name: 'sessions',
  dependencies: ['database', 'cookies-and-tokens'],
});
