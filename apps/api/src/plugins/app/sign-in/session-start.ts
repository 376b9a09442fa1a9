import type { Language } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '../../../generated/prisma/client.js';
import { type SecondStep, secondStepAfterPassword } from '../../../security/two-factor-policy.js';
import type { AuditEntry } from '../audit.js';
import type { AccountName } from '../lockout.js';

export type SignInMethod =
  | 'password'
  | 'totp'
  | 'recovery_code'
  | 'totp_activation'
  | 'reseller_portal'
  | 'webauthn'
  | 'webauthn_passwordless'
  | 'passkey_activation';

export interface SignedInUser {
  id: string;
  tenantId: string;
  method: SignInMethod;
  /** The account as the lockout knows it; a reseller-portal sign-in has no password lockout. */
  account?: AccountName;
}

/** Changes to the user's row that a sign-in makes along with it. */
export interface SignInChanges {
  /** The password rehashed with the current parameters. */
  passwordHash?: string;
  /** The UI's language, which becomes the language of the user's mails. */
  language?: Language;
}

/**
 * The user's row as a sign-in leaves it: the changes, and with `signedIn` the time of the sign-in;
 * only when `condition` (SQL) holds. The tenant condition is explicit.
 */
export function userChangesSql(
  user: { id: string; tenantId: string },
  changes: SignInChanges,
  options: { signedIn: boolean; condition?: Prisma.Sql },
): Prisma.Sql {
  const now = new Date();
  return Prisma.sql`
    UPDATE users SET updated_at = ${now}::timestamptz,
           last_login_at = CASE WHEN ${options.signedIn}::boolean THEN ${now}::timestamptz
                                ELSE last_login_at END,
           password_hash = COALESCE(${changes.passwordHash ?? null}::text, password_hash),
           language = COALESCE(${changes.language ?? null}::"Language", language)
    WHERE id = ${user.id}::uuid AND tenant_id = ${user.tenantId}::uuid
      AND ${options.condition ?? Prisma.sql`true`}
      AND (${options.signedIn}::boolean OR ${changes.passwordHash ?? null}::text IS NOT NULL
           OR ${changes.language ?? null}::text IS NOT NULL)`;
}

/**
 * What must happen first, in the same statement: `ctes` (named data-modifying CTEs, e.g. spending
 * a code and completing the pending step), and the SQL condition under which the session starts.
 * `report` is the select list of what the caller learns of it.
 */
export interface SignInPrecondition {
  ctes: Prisma.Sql;
  holds: Prisma.Sql;
  report: Prisma.Sql;
}

/**
 * The last step of every sign-in path, as one statement: forget the failure streak, record the
 * sign-in on the user, insert the session, audit `before` and `login.succeeded`; all of it only
 * when the precondition (if any) holds. The session cookie is set when it started.
 */
export async function startSession<Report extends object = object>(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: SignedInUser,
  options: {
    changes?: SignInChanges;
    before?: AuditEntry[];
    precondition?: SignInPrecondition;
  } = {},
): Promise<(Report & { started: boolean }) | null> {
  const { changes = {}, before = [], precondition } = options;
  const holds = precondition?.holds ?? Prisma.sql`true`;
  const authMethod = user.method === 'reseller_portal' ? 'reseller_portal' : 'local';
  const session = app.sessions.prepareStart(request, {
    userId: user.id,
    tenantId: user.tenantId,
    authMethod,
    condition: holds,
  });
  const actor = { tenantId: user.tenantId, actorUserId: user.id, actorTenantId: user.tenantId };
  const events: AuditEntry[] = [
    ...before,
    { type: 'login.succeeded', ...actor, details: { method: user.method } },
  ];
  const rows = await app.db.prisma.$queryRaw<(Report & { started: boolean })[]>`
    WITH ${precondition ? Prisma.sql`${precondition.ctes},` : Prisma.empty}
      forgotten AS (${user.account ? app.lockout.succeededSql(user.account, holds) : Prisma.sql`SELECT 1`}),
      signed_in AS (${userChangesSql(user, changes, { signedIn: true, condition: holds })}),
      started AS (${session.insert}),
      audited AS (${app.audit.recordSql(request, events, holds)})
    SELECT ${holds} AS started${precondition ? Prisma.sql`, ${precondition.report}` : Prisma.empty}`;
  const row = rows[0] ?? null;
  if (row?.started) session.setCookie(reply);
  return row;
}

/** What the tenant's policy and the user's 2FA state ask for after a correct password. */
export async function secondStepFor(app: FastifyInstance, userId: string): Promise<SecondStep> {
  const user = await app.db.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      roles: { select: { role: { select: { key: true } } } },
      tenant: { select: { twoFactorRequiredFor: true, twoFactorGraceUntil: true } },
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
      webauthnCredentials: { select: { id: true }, take: 1 },
    },
  });
  return secondStepAfterPassword(user.tenant, {
    roles: user.roles.map(({ role }) => role.key),
    hasSecondFactor: user.totpCredentials.length > 0 || user.webauthnCredentials.length > 0,
  });
}
