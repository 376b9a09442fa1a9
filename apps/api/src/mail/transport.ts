import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Hands one mail on; throws when it was not accepted (the sender then retries it later). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * `smtp` with SMTP_URL; otherwise the `dev-outbox` outside production (mails are only kept in the
 * outbox table, which /api/dev/outbox shows), and `off` in production: mails wait in the outbox
 * until SMTP_URL is configured, rather than being shown to anyone or thrown away.
 */
export type MailDelivery = 'smtp' | 'dev-outbox' | 'off';

export function mailDelivery(config: Config): MailDelivery {
  if (config.smtpUrl) return 'smtp';
  return config.production ? 'off' : 'dev-outbox';
}

/** Every wait of one attempt is bounded, so it always ends well within the claim's lease. */
export const SMTP_TIMEOUTS_MS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
} as const;

/**
 * nodemailer over SMTP_URL, one connection per mail: mails are rare (resets, notices), and a
 * fresh connection recovers from a restarted relay without any pool state. nodemailer's own
 * logger stays off: it would write the messages, with their reset links, into the log.
 */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(
    { url: smtpUrl, ...SMTP_TIMEOUTS_MS, logger: false, debug: false },
    { from },
  );
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** Dev outbox: nothing leaves the machine; "delivering" only marks the mail as sent. */
export const devOutboxTransport: MailTransport = {
  async send() {},
  close() {},
};

/** What may be logged or stored about a failed attempt: codes, never the message or its parts. */
export interface SendFailure {
  code: string;
  responseCode?: number;
  /** For `last_error`, which only administrators read; bounded. */
  description: string;
}

export function describeSendFailure(error: unknown): SendFailure {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const failure: SendFailure = {
    code: typeof code === 'string' ? code : 'ERROR',
    description: '',
  };
  if (typeof responseCode === 'number') failure.responseCode = responseCode;
  const detail = typeof message === 'string' ? message : String(error);
  failure.description = [failure.code, failure.responseCode, detail]
    .filter((part) => part !== undefined)
    .join(' ')
    .slice(0, 500);
  return failure;
}
