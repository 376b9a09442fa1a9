import { checkUsername } from '@portal/shared';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { type CommandSpec, optionalString, requiredString, UsageError } from './command.js';
import { withApp } from './context.js';
import { domainArgument, findTenant } from './tenant-queries.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// The API's own rule for e-mail addresses (its schemas use format "email").
const isEmail = addFormats(new Ajv()).compile({ type: 'string', format: 'email', maxLength: 254 });
const DISPLAY_NAME_MAX_LENGTH = 200;
const SET_PASSWORD_LINK = /\S+\/password\/reset#token=[A-Za-z0-9_-]+/;

/** How the set-password mail left: sent now, queued for the servers, or (dev outbox) its link. */
type MailOutcome =
  | { delivery: 'smtp'; sent: boolean }
  | { delivery: 'dev-outbox'; link: string | null }
  | { delivery: 'off' };

async function deliverInvitation(
  app: FastifyInstance,
  tenantId: string,
  email: string,
): Promise<MailOutcome> {
  if (app.mail.delivery === 'smtp') {
    // Sent now rather than by a server's next pass; a failure is retried by the servers.
    const counts = await app.mail.deliverDueMails();
    const pending = await app.db.prisma.outboxMail.count({
      where: { tenantId, to: email, status: 'pending' },
    });
    return { delivery: 'smtp', sent: counts.sent > 0 && pending === 0 };
  }
  if (app.mail.delivery === 'off') return { delivery: 'off' };
  // Development without SMTP: the link is the deliberate exception to printing no secrets.
  const mail = await app.db.prisma.outboxMail.findFirst({
    where: { tenantId, to: email },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { text: true },
  });
  return { delivery: 'dev-outbox', link: mail?.text.match(SET_PASSWORD_LINK)?.[0] ?? null };
}

function mailLine(outcome: MailOutcome, email: string): string {
  switch (outcome.delivery) {
    case 'smtp':
      return outcome.sent
        ? `the set-password link was mailed to ${email}`
        : `the mail to ${email} is not sent yet: it waits in the outbox, which the servers send and retry`;
    case 'off':
      return `the mail to ${email} waits in the outbox until SMTP_URL is configured`;
    case 'dev-outbox':
      return `no SMTP_URL (development): set the password at ${outcome.link ?? '(link not found in the outbox)'}`;
  }
}

export const adminInvite: CommandSpec = {
  name: 'admin invite',
  summary: 'create an administrator of a tenant and mail them the set-password link',
  usage: 'admin invite --tenant DOMAIN --username NAME --email ADDRESS [--name NAME]',
  help: [
    'The account has no password until the link (valid 7 days) is followed; the administrator',
    'then activates 2FA at the first sign-in. Without SMTP_URL outside production, the link is',
    'printed instead (the dev outbox).',
  ],
  options: {
    tenant: { type: 'string' },
    username: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
  },
  async run(io, values) {
    const domain = domainArgument(requiredString(values, 'tenant', this), '--tenant');
    const username = requiredString(values, 'username', this);
    const problem = checkUsername(username);
    if (problem) {
      throw new UsageError(
        `--username ${JSON.stringify(username)} is not allowed (${problem.replace('_', ' ')}): 2 to 64 letters, digits and . _ @ -, starting with a letter or digit`,
      );
    }
    const email = requiredString(values, 'email', this);
    if (!isEmail(email))
      throw new UsageError(`--email ${JSON.stringify(email)} is not an e-mail address`);
    const displayName = optionalString(values, 'name');
    if (displayName && displayName.length > DISPLAY_NAME_MAX_LENGTH) {
      throw new UsageError(`--name is longer than ${DISPLAY_NAME_MAX_LENGTH} characters`);
    }
    return withApp(io, async ({ app }) => {
      const tenant = await findTenant(app.db.prisma, domain);
      const { userId } = await app.tenants.inviteAdmin(
        tenant.id,
        { username, email, ...(displayName ? { displayName } : {}) },
        { kind: 'operator' },
      );
      const mail = await deliverInvitation(app, tenant.id, email);
      return {
        data: { userId, tenant: tenant.domain, username, email, mail },
        text: [`administrator ${username} created in ${tenant.domain}`, mailLine(mail, email)],
      };
    });
  },
};
