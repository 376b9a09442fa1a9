import type { ForgotPasswordRequest } from '@portal/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hitWindow } from '../../../db/rate-window.js';

/** Per account: a mailbox should not be flooded, and three links an hour are plenty. */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;
/** Per client IP, across accounts: enough for an office behind one address. */
export const FORGOT_REQUESTS_PER_IP_PER_HOUR = 30;
const HOUR_MS = 60 * 60 * 1000;

/**
 * "Password forgotten?", after the answer was given: looks the account up, applies the silent
 * limits, and mails the link. Every refusal is audited with its reason, never answered.
 */
export async function mailResetLink(
  app: FastifyInstance,
  request: FastifyRequest,
  typed: ForgotPasswordRequest,
) {
  const { prisma } = app.db;
  const { name, user } = await app.signIn.findAccount(typed);
  const refuse = (reason: string) =>
    app.audit.record(request, {
      type: 'password.reset_refused',
      tenantId: user?.tenantId ?? null,
      subjectUserId: user?.id ?? null,
      details: { ...name, reason },
    });

  const { hits } = await hitWindow(prisma, `forgot-ip:${request.ip}`, HOUR_MS);
  if (hits > FORGOT_REQUESTS_PER_IP_PER_HOUR) return refuse('ip_limit');
  // Accounts of the reseller portal have their password there; deactivated ones none at all.
  if (user?.status !== 'active' || user.externalSubject || !user.email) return refuse('no_account');
  const issued = await app.passwordResets.issueWithinLimit(
    { ...user, email: user.email, tenantDomain: name.tenantDomain },
    RESETS_PER_ACCOUNT_PER_HOUR,
  );
  if (!issued) return refuse('account_limit');
  await app.audit.record(request, {
    type: 'password.reset_requested',
    tenantId: user.tenantId,
    subjectUserId: user.id,
    details: { by: 'self' },
  });
}
