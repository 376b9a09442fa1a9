import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Prisma } from '../../generated/prisma/client.js';
import type { NoticeKind, NoticeOrigin } from '../../mail/security-notice.js';

export type { NoticeKind };

/** Repeated lockouts of one account tell its owner once an hour, not at every lock. */
const LOCK_NOTICE_INTERVAL_SECONDS = 60 * 60;

export interface SecurityNotices {
  /**
   * Mails the account's owner what changed, in their language, with when, the request's IP and
   * browser, and what to do if it was not them. Pass the transaction of the change: the mail
   * exists exactly when the change commits. `alsoTo` adds a recipient (the previous address of
   * an e-mail change). An account without an address gets nothing.
   */
  send(
    request: FastifyRequest,
    userId: string,
    notice: NoticeKind,
    tx?: Prisma.TransactionClient,
    options?: { alsoTo?: string | null },
  ): Promise<void>;
  /**
   * The account was locked after repeated failures: told at most once an hour. Runs after the
   * answer, so a lock of an existing account takes no longer than one of an unknown name.
   */
  accountLocked(request: FastifyRequest, userId: string, lockSeconds: number): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    securityNotices: SecurityNotices;
  }
}

function originOf(request: FastifyRequest): NoticeOrigin {
  return {
    at: new Date(),
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
  };
}

async function securityNotices(app: FastifyInstance) {
  const { prisma } = app.db;

  const send: SecurityNotices['send'] = async (request, userId, notice, tx = prisma, options) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        tenantId: true,
        username: true,
        email: true,
        language: true,
        tenant: { select: { domain: true } },
      },
    });
    if (!user) return;
    const recipients = new Set([user.email, options?.alsoTo].filter((to) => !!to) as string[]);
    const template = {
      name: 'security-notice',
      account: { username: user.username, tenantDomain: user.tenant.domain },
      notice,
      origin: originOf(request),
    } as const;
    for (const to of recipients) {
      await app.mail.enqueue(
        { to, tenantId: user.tenantId, language: user.language, template },
        tx === prisma ? undefined : tx,
      );
    }
  };

  /** Stamps the account's last lock notice, unless one went out within the hour (atomic). */
  async function claimLockNotice(tx: Prisma.TransactionClient, userId: string) {
    const claimed = await tx.$executeRaw`
      UPDATE users SET lock_notice_sent_at = now()
      WHERE id = ${userId}::uuid
        AND (lock_notice_sent_at IS NULL
             OR lock_notice_sent_at <= now() - make_interval(secs => ${LOCK_NOTICE_INTERVAL_SECONDS}))`;
    return claimed === 1;
  }

  app.decorate<SecurityNotices>('securityNotices', {
    send,
    accountLocked(request, userId, lockSeconds) {
      const notice = {
        kind: 'account-locked',
        lockedMinutes: Math.ceil(lockSeconds / 60),
      } as const;
      app.background.run('lock-notice', () =>
        prisma.$transaction(async (tx) => {
          if (await claimLockNotice(tx, userId)) await send(request, userId, notice, tx);
        }),
      );
    },
  });
}

export default fp(securityNotices, {
  name: 'security-notices',
  dependencies: ['database', 'mail', 'background'],
});
