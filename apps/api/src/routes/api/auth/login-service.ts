import {
  type LoginRequest,
  type LoginResponse,
  normalizeTenantDomain,
  normalizeUsername,
} from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { accountKey } from '../../../plugins/app/login-throttle.js';
import { finishSignIn, secondStepFor } from './sign-in.js';

// No tenant has this id; it keeps the user look-up the same query whether or not the tenant exists.
const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * Password sign-in. Unknown tenant, unknown user, deactivated user, an account linked to the
 * reseller portal and wrong password take the same path: the same queries, one argon2 verify
 * (real or dummy), the same 401 and the same lockout accounting, so neither answer nor timing
 * tells whether an account exists or signs in elsewhere.
 */
export async function login(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  body: LoginRequest,
): Promise<LoginResponse> {
  const { prisma } = app.db;
  const domain = normalizeTenantDomain(body.tenantDomain);
  const usernameKey = normalizeUsername(body.username);
  const key = accountKey(domain, usernameKey);
  const attempt = { tenantDomain: domain, username: usernameKey };

  const tenant = await prisma.tenant.findUnique({ where: { domain }, select: { id: true } });
  const reservation = await app.loginThrottle.reserve(key);
  if (reservation.blocked) {
    await app.audit.record(request, {
      type: 'login.blocked',
      tenantId: tenant?.id ?? null,
      details: attempt,
    });
    throw errors.tooManyAttempts(reservation.retryAfterSeconds);
  }

  const user = await prisma.user.findUnique({
    where: { tenantId_usernameKey: { tenantId: tenant?.id ?? NO_TENANT, usernameKey } },
    select: { id: true, tenantId: true, passwordHash: true, status: true, externalSubject: true },
  });
  // A linked account signs in at the reseller portal only: its password hash is cleared when it
  // is linked, and even a stray hash is never checked (the same dummy verify as no account).
  const usable =
    user?.status === 'active' && user.passwordHash && user.externalSubject === null ? user : null;
  const verified = usable?.passwordHash
    ? await app.passwords.verify(usable.passwordHash, body.password)
    : await app.passwords.verifyDummy(body.password);

  if (!usable || !verified) {
    const actor = {
      tenantId: tenant?.id ?? null,
      subjectUserId: user?.id ?? null,
      details: attempt,
    };
    await app.audit.record(request, { type: 'login.failed', ...actor });
    if (reservation.lockSeconds > 0) {
      await app.audit.record(request, {
        type: 'login.locked',
        ...actor,
        details: { ...attempt, lockSeconds: reservation.lockSeconds },
      });
      throw errors.tooManyAttempts(reservation.lockSeconds);
    }
    throw errors.invalidCredentials({ orResellerPortal: app.resellerPortal.enabled });
  }

  if (app.passwords.needsRehash(usable.passwordHash as string)) {
    const passwordHash = await app.passwords.hash(body.password);
    await prisma.user.update({ where: { id: usable.id }, data: { passwordHash } });
  }
  // The failure streak is forgotten only once every factor has passed: a correct password
  // followed by wrong codes keeps counting toward the lockout.
  const next = await secondStepFor(app, usable.id);
  if (next !== 'none') await app.loginThrottle.passwordAccepted(key);
  if (next === 'totp') {
    await app.loginChallenges.begin(reply, usable.id, 'totp');
    return { status: 'totp_required' };
  }
  if (next === 'enrollment') {
    await app.loginChallenges.begin(reply, usable.id, 'enrollment');
    return { status: 'totp_enrollment_required' };
  }
  await finishSignIn(app, request, reply, {
    id: usable.id,
    tenantId: usable.tenantId,
    accountKey: key,
    method: 'password',
  });
  return { status: 'authenticated' };
}
