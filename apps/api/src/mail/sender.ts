import type { FastifyBaseLogger } from 'fastify';
import type { PrismaClient } from '../generated/prisma/client.js';
import { DELIVERY_POLICY, isLastAttempt, retryDelaySeconds } from './delivery-policy.js';
import {
  type ClaimedMail,
  claimDueMails,
  markFailed,
  markRetry,
  markSent,
} from './outbox-store.js';
import { describeSendFailure, type MailTransport } from './transport.js';

export interface DeliveryCounts {
  sent: number;
  /** Failed this time, tried again later. */
  retried: number;
  /** Failed for the last time: given up. */
  failed: number;
}

export interface MailSender {
  /** One pass: claims due mails, hands each to the transport, records the outcome. */
  deliverDueMails(): Promise<DeliveryCounts>;
  /** Passes now (or right after the running one) until nothing is due; only once started. */
  deliverSoon(): void;
  start(): void;
  /** Stops the interval and waits for a running pass. */
  stop(): Promise<void>;
}

type Outcome = keyof DeliveryCounts;

/**
 * Delivers the outbox table; all its state lives there, so any instance may run one and a
 * restart loses nothing. Delivery is at least once: should recording a sent mail fail, its lease
 * runs out and it is sent again. Logs carry ids, status and SMTP codes only, never a mail's
 * address or content (a reset link is a password for a while).
 */
export function createMailSender(options: {
  prisma: PrismaClient;
  transport: MailTransport;
  log: FastifyBaseLogger;
  policy?: typeof DELIVERY_POLICY;
  /** Told of each attempt's outcome (the metrics count them). */
  onDelivered?: (outcome: Outcome) => void;
}): MailSender {
  const { prisma, transport, log, policy = DELIVERY_POLICY, onDelivered } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  async function deliver(mail: ClaimedMail): Promise<Outcome> {
    const { id: mailId, attempts } = mail;
    try {
      await transport.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    } catch (error) {
      const failure = describeSendFailure(error);
      const smtp = { smtpCode: failure.code, smtpResponseCode: failure.responseCode };
      if (isLastAttempt(attempts, policy)) {
        await markFailed(prisma, mailId, failure.description);
        log.error({ mailId, attempts, status: 'failed', ...smtp }, 'mail not delivered: gave up');
        return 'failed';
      }
      const retryInSeconds = retryDelaySeconds(attempts, policy);
      await markRetry(prisma, mailId, retryInSeconds, failure.description);
      log.warn(
        { mailId, attempts, status: 'pending', retryInSeconds, ...smtp },
        'mail not delivered',
      );
      return 'retried';
    }
    await markSent(prisma, mailId);
    log.info({ mailId, attempts, status: 'sent' }, 'mail sent');
    return 'sent';
  }

  async function deliverDueMails(): Promise<DeliveryCounts> {
    const claimed = await claimDueMails(prisma, policy.batchSize, policy.leaseSeconds);
    const counts: DeliveryCounts = { sent: 0, retried: 0, failed: 0 };
    // Settled, not Promise.all: no send may still run unawaited when this pass reports.
    const results = await Promise.allSettled(claimed.map(deliver));
    for (const result of results) {
      if (result.status === 'rejected') throw result.reason;
      counts[result.value]++;
      onDelivered?.(result.value);
    }
    // A full batch means more may be due right now.
    if (claimed.length === policy.batchSize) again = true;
    return counts;
  }

  async function drain() {
    do {
      again = false;
      await deliverDueMails().catch((err: unknown) => {
        again = false;
        log.warn({ err }, 'mail delivery pass failed');
      });
    } while (again && timer);
  }

  function deliverSoon() {
    if (!timer) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = undefined;
    });
  }

  return {
    deliverDueMails,
    deliverSoon,
    start() {
      if (timer) return;
      timer = setInterval(deliverSoon, policy.intervalMs);
      // The sender alone never keeps the process alive.
      timer.unref();
      deliverSoon();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
