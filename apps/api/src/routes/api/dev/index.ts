import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { allowInlineStyle } from '../../../plugins/external/security-headers.js';
import { route } from '../../endpoint-route.js';
import { OUTBOX_PAGE_STYLE, renderOutboxPage } from './outbox-page.js';

/** Enough to find the mail just triggered; the table itself keeps them all. */
const DEV_OUTBOX_LIMIT = 50;

/**
 * The dev outbox: the mails of the outbox table, for development and the end-to-end tests. It
 * shows reset links to anyone who asks, so it is registered only in `dev-outbox` delivery
 * (no SMTP_URL, not production); elsewhere these paths are unknown routes.
 */
export default async function devRoutes(app: FastifyInstance) {
  const newest = () =>
    app.db.prisma.outboxMail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: DEV_OUTBOX_LIMIT,
      select: { to: true, subject: true, text: true, html: true, createdAt: true },
    });

  route(app, endpoints.devOutbox, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const mails = await newest();
    return mails.map((mail) => ({ ...mail, createdAt: mail.createdAt.toISOString() }));
  });

  route(app, endpoints.devOutboxPage, async (_request, reply) => {
    allowInlineStyle(reply, OUTBOX_PAGE_STYLE);
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderOutboxPage(await newest()));
  });
}
