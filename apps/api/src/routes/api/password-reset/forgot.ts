import {
  type ForgotPasswordRequest,
  normalizeTenantDomain,
  normalizeUsername,
} from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hitWindow } from '../../../db/rate-window.js';

/** Per account: a mailbox should not be flooded, and three links an hour are plenty. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;
/** Per client IP, across accounts: enough for an office behind one address. */
export const FORGOT_REQUESTS_PER_IP_PER_HOUR = 30;
const HOUR_MS = 60 * 60 * 1000;

/**
 * "Password forgotten?": the answer (202) is given before anything about the account is looked
 * up, so it is the same, after the same work, whether or not the account exists. Looking it up,
 * the silent limits and the mail happen afterwards in the background.
 */
export function requestPasswordReset(
  app: FastifyInstance,
  request: FastifyRequest,
  body: ForgotPasswordRequest,
) {
  app.background.run('password-forgot', () => processRequest(app, request, body));
  return { status: 'accepted' as const };
}

async function processRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  body: ForgotPasswordRequest,
) {
  const { prisma } = app.db;
  const tenantDomain = normalizeTenantDomain(body.tenantDomain);
  const usernameKey = normalizeUsername(body.username);
  const details = { tenantDomain, username: usernameKey };

  const user = await prisma.user.findFirst({
    where: { usernameKey, tenant: { domain: tenantDomain } },
    select: {
      id: true,
      tenantId: true,
      username: true,
      email: true,
      locale: true,
      status: true,
      externalSubject: true,
    },
  });
  const refuse = (reason: string) =>
    app.audit.record(request, {
      type: 'password.reset_refused',
      tenantId: user?.tenantId ?? null,
      subjectUserId: user?.id ?? null,
      details: { ...details, reason },
    });

  const { hits } = await hitWindow(prisma, `forgot-ip:${request.ip}`, HOUR_MS);
  if (hits > FORGOT_REQUESTS_PER_IP_PER_HOUR) return refuse('ip_limit');
  // Accounts of the reseller portal have their password there; deactivated ones none at all.
  if (user?.status !== 'active' || user.externalSubject || !user.email) return refuse('no_account');
  const recent = await prisma.passwordResetToken.count({
    where: {
      userId: user.id,
      requestedByUserId: null,
      createdAt: { gt: new Date(Date.now() - HOUR_MS) },
    },
  });
  if (recent >= RESETS_PER_ACCOUNT_PER_HOUR) return refuse('account_limit');

  await app.passwordResets.issue({ ...user, email: user.email, tenantDomain }, null);
  await app.audit.record(request, {
    type: 'password.reset_requested',
    tenantId: user.tenantId,
    subjectUserId: user.id,
    details: { by: 'self' },
  });
}
