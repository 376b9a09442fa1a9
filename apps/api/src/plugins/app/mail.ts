import type { Language } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { insertMail } from '../../mail/outbox-store.js';
import { createMailSender, type DeliveryCounts } from '../../mail/sender.js';
import { type MailTemplate, renderMail } from '../../mail/templates.js';
import {
  createSmtpTransport,
  devOutboxTransport,
  type MailDelivery,
  type MailTransport,
  mailDelivery,
} from '../../mail/transport.js';

export interface MailMessage {
  to: string;
  /** The tenant the mail belongs to; null when there is none. */
  tenantId: string | null;
  /** The recipient's language (the user's). */
  language: Language;
  template: MailTemplate;
}

export interface Mail {
  readonly delivery: MailDelivery;
  /**
   * Renders the mail and puts it into the outbox. Pass the transaction of what the mail announces,
   * so that the mail exists exactly when that commits. Sent by the sender, soon after.
   */
  enqueue(message: MailMessage, tx?: Prisma.TransactionClient): Promise<{ id: string }>;
  /** One delivery pass, for tests to drive step by step (the started sender runs them itself). */
  deliverDueMails(): Promise<DeliveryCounts>;
  /** Delivery on an interval and right after each enqueue, until stopped or the app closes. */
  startSender(): () => Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mail: Mail;
  }
}

function transportFor(config: Config, delivery: MailDelivery): MailTransport | null {
  if (delivery === 'smtp' && config.smtpUrl) {
    return createSmtpTransport(config.smtpUrl, config.mailFrom);
  }
  return delivery === 'dev-outbox' ? devOutboxTransport : null;
}

async function mail(app: FastifyInstance, options: { config: Config }) {
  const { config } = options;
  const { prisma } = app.db;
  const log = app.log.child({ component: 'mail' });
  const delivery = mailDelivery(config);
  const transport = transportFor(config, delivery);
  const sender = transport
    ? createMailSender({
        prisma,
        transport,
        log,
        onDelivered: (outcome) => app.metrics.mailsDelivered.inc({ outcome }),
      })
    : null;
  // A mail enqueued in a transaction is only visible once that commits, which a request's
  // handler does before it answers: so those mails are sent after the response.
  let enqueuedInTransaction = false;

  app.addHook('onResponse', (_request, _reply, done) => {
    if (enqueuedInTransaction) {
      enqueuedInTransaction = false;
      sender?.deliverSoon();
    }
    done();
  });
  app.addHook('onClose', async () => {
    await sender?.stop();
    transport?.close();
  });

  app.decorate<Mail>('mail', {
    delivery,
    async enqueue(message, tx) {
      const rendered = renderMail(message.template, message.language, config.publicUrl);
      const id = await insertMail(tx ?? prisma, {
        to: message.to,
        tenantId: message.tenantId,
        ...rendered,
      });
      log.info({ mailId: id, template: message.template.name }, 'mail queued');
      if (tx) enqueuedInTransaction = true;
      else sender?.deliverSoon();
      return { id };
    },
    deliverDueMails: async () =>
      (await sender?.deliverDueMails()) ?? { sent: 0, retried: 0, failed: 0 },
    startSender() {
      if (!sender) {
        log.warn('SMTP_URL is not set: mails stay in the outbox until it is');
        return async () => {};
      }
      sender.start();
      return () => sender.stop();
    },
  });
}

export default fp(mail, { name: 'mail', dependencies: ['database', 'metrics'] });
