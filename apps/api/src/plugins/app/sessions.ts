import { randomUUID } from 'node:crypto';
import type { Permission, TenantSummary } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.js';
import { errors } from '../../lib/app-error.js';
import { sessionCookie } from '../../security/session-cookie.js';
import { createSessionTokens } from '../../security/session-token.js';
import {
  createSessionCache,
  decodeInvalidation,
  encodeInvalidation,
  SESSION_INVALIDATION_CHANNEL,
  type SessionInvalidation,
} from './session-cache.js';
import { type Clock, touchIntervalMs } from './session-idle.js';
import { type AuthMethod, loadSession, type SessionRecord } from './session-record.js';

export type { SessionInvalidation };

/** Which sessions a revocation ends. */
export type Revocation = (
  | { session: string; ofUser?: string }
  /** Every session of the user, or every other one than `except`. */
  | { user: string; except?: string }
  /** Every session of the tenant's own users (reseller users acting in it keep theirs). */
  | { tenantUsers: string }
) & {
  /** Only sessions that would still sign a request in: the count is of those. */
  onlyActive?: boolean;
};

/** Where a revocation or an invalidation runs: the app's client, or a transaction of it. */
type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Why a request has no session: none was sent (or the token is not valid: forged, expired by its
 * absolute lifetime, or its tenant is deactivated), it was ended (logout, revoked by its owner
 * elsewhere or by an administrator, a new password, a deactivated account), or it timed out
 * while idle. Only the holder of the session's own signed cookie learns which, and only that.
 */
type SessionEnd = 'none' | 'revoked' | 'expired';

const SESSION_END_ERRORS = {
  none: errors.unauthenticated,
  revoked: errors.sessionRevoked,
  expired: errors.sessionExpired,
} as const satisfies Record<SessionEnd, () => Error>;

/** At most this many sessions in one instance's memory (about 2 KB each). */
const SESSION_CACHE_MAX_ENTRIES = 20_000;

/**
 * How long a response waits for the NOTIFY of an invalidation it caused to come back (then every
 * instance has been sent it). Only reached when the transaction rolled back, or the database is
 * slow: the fallback TTL still bounds the rest.
 */
const ECHO_WAIT_MS = 500;

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
  /**
   * The one way to end sessions: revokes them and tells every instance to forget them (in `tx`
   * when given, so other instances hear of it when it commits). Returns how many ended.
   */
  revoke(which: Revocation, tx?: Db): Promise<number>;
  /**
   * What every change to what a session carries must call (user, roles, 2FA state, tenant,
   * reseller relation): this instance forgets at once, the others when `tx` commits.
   */
  invalidate(target: SessionInvalidation, tx?: Db): Promise<void>;
  /** Ends every session of a user at once (new password, 2FA reset); in `tx` when given. */
  revokeAllOf(userId: string, tx?: Db): Promise<void>;
  /** Ends every other session of the user of `sessionId` (a new password); in `tx` when given. */
  revokeOthersOf(sessionId: string, userId: string, tx?: Db): Promise<number>;
  /** The cache, for tests and metrics: whether it hears other instances, and how often it began. */
  cacheStatus(): { listening: boolean; listens: number; entries: number };
  /**
   * Resolves once the database has delivered this instance's invalidations so far back to it (so
   * also to every other instance). Every response waits for it; other callers may.
   */
  settled(): Promise<void>;
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
  const { idleTimeoutSeconds, absoluteTimeoutSeconds, stepUpMaxAgeSeconds, cacheTtlSeconds } =
    options.config.session;
  const touchInterval = touchIntervalMs(idleTimeoutSeconds);
  const clock = options.clock ?? Date.now;
  const cookie = sessionCookie(options.config.publicUrl);
  const tokens = createSessionTokens(app.jwt);
  app.decorateRequest('auth', null);

  const cache = createSessionCache({
    ttlMs: cacheTtlSeconds * 1000,
    maxEntries: SESSION_CACHE_MAX_ENTRIES,
  });
  let listening = false;
  let listens = 0;
  /** Invalidations sent and not yet heard back, by their echo id. */
  const awaitingEcho = new Map<string, () => void>();
  const stopListening = await app.db.listen(SESSION_INVALIDATION_CHANNEL, {
    onNotification(payload) {
      const { target, echo } = decodeInvalidation(payload);
      cache.invalidate(target);
      if (echo) awaitingEcho.get(echo)?.();
    },
    // Off while deaf, and empty again on hearing: what changed meanwhile is not known.
    onListening(now) {
      listening = now;
      if (now) listens += 1;
      cache.setEnabled(now);
    },
  });
  app.addHook('onClose', stopListening);

  /** Resolves when `echo` comes back, or after ECHO_WAIT_MS. */
  function expectEcho(echo: string) {
    const heard = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ECHO_WAIT_MS);
      timer.unref();
      awaitingEcho.set(echo, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return heard.then(() => {
      awaitingEcho.delete(echo);
    });
  }
  const pendingEchoes = new Set<Promise<void>>();
  const settled = async () => {
    await Promise.all(pendingEchoes);
  };
  // The next request of the client that revoked may reach another instance: not before that
  // instance has been told.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    if (pendingEchoes.size === 0) return done(null, payload);
    settled().then(() => done(null, payload));
  });

  /** A valid session with its idle timer fresh enough to serve from memory. */
  const servable = (record: SessionRecord, now: number) =>
    now - record.lastSeenAt.getTime() <= touchInterval && isValid(record, now);

  function isValid(record: SessionRecord, now: number): boolean {
    return (
      !record.revokedAt &&
      record.expiresAt.getTime() > now &&
      record.lastSeenAt.getTime() + idleTimeoutSeconds * 1000 > now &&
      record.user.status === 'active'
    );
  }

  /**
   * The session, from memory when it is there and its idle timer needs no refresh; otherwise one
   * statement that reads it and refreshes the timer when due (see `touchIntervalMs`). A session
   * that exists but no longer signs in says why it ended (see `SessionEnd`).
   */
  async function findSession(sessionId: string, now: number): Promise<SessionRecord | SessionEnd> {
    const cached = cache.get(sessionId);
    if (cached && servable(cached, now)) return cached;
    const mark = cache.mark();
    const record = await loadSession(prisma, sessionId, {
      now: new Date(now),
      idleTimeoutSeconds,
      intervalMs: touchInterval,
    });
    if (!record) return 'none';
    if (!isValid(record, now)) return endOf(record);
    cache.set(sessionId, record, mark);
    return record;
  }

  /** Why a session that no longer signs in ended: ended on purpose, or timed out. */
  function endOf(record: SessionRecord): SessionEnd {
    if (record.revokedAt || record.user.status !== 'active') return 'revoked';
    return 'expired';
  }

  /** The request's session, or why it has none. */
  async function lookup(request: FastifyRequest): Promise<AuthContext | SessionEnd> {
    const token = request.cookies[cookie.name];
    const sessionId = token ? tokens.verify(token, 'session') : null;
    if (!sessionId) return 'none';
    const record = await findSession(sessionId, clock());
    if (typeof record === 'string') return record;
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

  async function current(request: FastifyRequest): Promise<AuthContext | null> {
    const found = await lookup(request);
    return typeof found === 'string' ? null : found;
  }

  async function invalidate(target: SessionInvalidation, db: Db = prisma) {
    // This instance at once; every instance (this one again) when the NOTIFY commits, which also
    // drops what a request read here between this line and the commit.
    cache.invalidate(target);
    // While deaf, nothing comes back to wait for.
    const echo = listening ? randomUUID() : undefined;
    if (echo) {
      const heard = expectEcho(echo);
      pendingEchoes.add(heard);
      heard.then(() => pendingEchoes.delete(heard));
    }
    const payload = encodeInvalidation(target, echo);
    await db.$executeRaw`SELECT pg_notify(${SESSION_INVALIDATION_CHANNEL}, ${payload})`;
  }

  async function revoke(which: Revocation, db: Db = prisma): Promise<number> {
    const now = new Date();
    const scope: Prisma.SessionWhereInput =
      'session' in which
        ? { id: which.session, ...(which.ofUser ? { userId: which.ofUser } : {}) }
        : 'user' in which
          ? { userId: which.user, ...(which.except ? { id: { not: which.except } } : {}) }
          : { user: { tenantId: which.tenantUsers } };
    const active: Prisma.SessionWhereInput = which.onlyActive
      ? {
          expiresAt: { gt: now },
          lastSeenAt: { gt: new Date(now.getTime() - idleTimeoutSeconds * 1000) },
        }
      : {};
    const { count } = await db.session.updateMany({
      where: { ...scope, ...active, revokedAt: null },
      data: { revokedAt: now },
    });
    await invalidate(
      'session' in which
        ? { session: which.session }
        : 'user' in which
          ? { user: which.user }
          : { tenant: which.tenantUsers },
      db,
    );
    return count;
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
        const revoked = await revoke({ session: auth.sessionId }, tx);
        // Revoked meanwhile (logout in another tab): nothing to move.
        if (revoked === 0) throw errors.unauthenticated();
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
      const found = await lookup(request);
      if (typeof found === 'string') throw SESSION_END_ERRORS[found]();
      request.auth = found;
      if (actsInTenant && request.auth.unavailableCustomer) {
        throw errors.customerUnavailable(request.auth.tenant.id);
      }
    },
    revoke,
    invalidate,
    async revokeAllOf(userId, tx) {
      await revoke({ user: userId }, tx);
    },
    revokeOthersOf: (sessionId, userId, tx) => revoke({ user: userId, except: sessionId }, tx),
    cacheStatus: () => ({ listening, listens, entries: cache.size }),
    settled,
    async recordProof(sessionId) {
      await prisma.session.updateMany({
        where: { id: sessionId, revokedAt: null },
        data: { factorsProvenAt: new Date(clock()) },
      });
      await invalidate({ session: sessionId });
    },
    stepUpMaxAgeSeconds,
    hasRecentProof: (auth) =>
      clock() - auth.factorsProvenAt.getTime() <= stepUpMaxAgeSeconds * 1000,
    async end(request, reply) {
      const auth = await current(request);
      if (auth) await revoke({ session: auth.sessionId });
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
