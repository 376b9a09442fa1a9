import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  recipients: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server in this process on 127.0.0.1 (no TLS, no login needed) that keeps what it
 * receives, parsed. `stop` and `start` play an outage of the relay: it comes back on the same port.
 */
export interface TestSmtpServer {
  readonly port: number;
  /** For SMTP_URL. */
  readonly url: string;
  readonly received: ReceivedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;

  const listen = (port: number) =>
    new Promise<SMTPServer>((resolve, reject) => {
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        // A stopped relay drops its clients at once instead of after the default 30 s.
        closeTimeout: 100,
        onData(stream, session, callback) {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          simpleParser(stream).then(
            (parsed) => {
              received.push({ recipients, parsed });
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      smtp.once('error', reject);
      smtp.listen(port, '127.0.0.1', () => resolve(smtp));
    });

  const stop = async () => {
    const smtp = server;
    server = undefined;
    if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  };

  server = await listen(0);
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP server has no port');
  const { port } = address;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop,
    async start() {
      server ??= await listen(port);
    },
    close: stop,
  };
}

/** The mails received for one address. */
export function receivedBy(smtp: TestSmtpServer, address: string): ParsedMail[] {
  return smtp.received.filter((mail) => mail.recipients.includes(address)).map((m) => m.parsed);
}
