// The e2e suite's mail server: a real SMTP server (smtp-server) on 127.0.0.1 that parses what the
// portal sends (mailparser) and writes each mail as JSON into E2E_MAIL_DIR, where the tests
// (other processes) read it. Started by Playwright as a second web server; ends with the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.E2E_SMTP_PORT);
const dir = process.env.E2E_MAIL_DIR;
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        count++;
        const record = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          receivedAt: new Date().toISOString(),
        };
        const file = path.join(dir, `${Date.now()}-${String(count).padStart(4, '0')}.json`);
        writeFileSync(file, JSON.stringify(record));
        callback();
      },
      (error) => callback(error),
    );
  },
});
server.listen(port, '127.0.0.1');
