import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, DevOutboxResponse } from '@portal/shared';
import { renderOutboxPage } from './outbox-page.js';

/** Enough to find the mail just triggered; the table itself keeps them all. */
const DEV_OUTBOX_LIMIT = 50;

/**
 * The dev outbox: the mails of the outbox table, for development and the end-to-end tests. It
 * shows reset links to anyone who asks, so it is registered only in `dev-outbox` delivery
 * (no SMTP_URL, not production); elsewhere these paths are unknown routes.
 */
const devRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const newest = () =>
    app.db.prisma.outboxMail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: DEV_OUTBOX_LIMIT,
      select: { to: true, subject: true, text: true, html: true, createdAt: true },
    });

  app.get(
    API_PATHS.devOutbox,
    {
      schema: {
        tags: ['dev'],
        summary: 'The mails kept instead of sent, newest first (development only)',
        response: { 200: DevOutboxResponse },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const mails = await newest();
      return mails.map((mail) => ({ ...mail, createdAt: mail.createdAt.toISOString() }));
    },
  );

  app.get(
    API_PATHS.devOutboxPage,
    { schema: { tags: ['dev'], summary: 'The dev outbox as an HTML page (development only)' } },
    async (_request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderOutboxPage(await newest())),
  );
};

export default devRoutes;
