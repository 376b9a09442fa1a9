import type { MailTemplate } from '../../../mail/templates.js';
import { ACCOUNT_CREATED_TOKEN_DAYS, RESET_TOKEN_MINUTES } from '../../../security/reset-tokens.js';
import type { IssuePurpose, ResetTarget } from './index.js';

/** The mail that carries the link, and how long the link lives, for the purpose. */
export function linkMail(
  user: ResetTarget,
  token: string,
  purpose: IssuePurpose,
  requestedByUserId: string | null,
): { template: MailTemplate; lifetimeMs: number } {
  const account = { username: user.username, tenantDomain: user.tenantDomain };
  if (purpose.purpose === 'account-created') {
    return {
      template: {
        name: 'account-created',
        account: { ...account, tenantName: purpose.tenantName },
        token,
        validForDays: ACCOUNT_CREATED_TOKEN_DAYS,
      },
      lifetimeMs: ACCOUNT_CREATED_TOKEN_DAYS * 24 * 60 * 60_000,
    };
  }
  return {
    template: {
      name: 'password-reset',
      account,
      token,
      validForMinutes: RESET_TOKEN_MINUTES,
      requestedBy: requesterOf(purpose, requestedByUserId),
    },
    lifetimeMs: RESET_TOKEN_MINUTES * 60_000,
  };
}

function requesterOf(purpose: IssuePurpose, requestedByUserId: string | null) {
  if (purpose.purpose === 'unlinked') return 'unlinked';
  return requestedByUserId ? 'administrator' : 'self';
}
