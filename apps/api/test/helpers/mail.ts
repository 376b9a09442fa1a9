import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import type { MailMessage } from '../../src/plugins/app/mail.js';

const unique = () => randomBytes(4).toString('hex');

/** A password-reset mail to a new address each time, with a token of its own. */
export function resetMessage(overrides: Partial<MailMessage> = {}): MailMessage {
  const id = unique();
  return {
    to: `user-${id}@example.test`,
    tenantId: null,
    language: 'en',
    template: {
      name: 'password-reset',
      account: { username: `user-${id}`, tenantDomain: `t-${id}.tenant` },
      token: `reset-token-${unique()}`,
      validForMinutes: 60,
      requestedBy: 'self',
    },
    ...overrides,
  };
}

export function outboxRow(db: Database, id: string) {
  return db.prisma.outboxMail.findUniqueOrThrow({ where: { id } });
}

/** Makes a mail waiting for its next attempt due now, as if its backoff had passed. */
export async function makeDue(db: Database, id: string): Promise<void> {
  await db.prisma
    .$executeRaw`UPDATE outbox_mails SET next_attempt_at = now() WHERE id = ${id}::uuid`;
}
