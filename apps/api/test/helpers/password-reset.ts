import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ParsedMail } from 'mailparser';
import { expect } from 'vitest';
import { receivedBy, type TestSmtpServer } from './smtp-server.js';

export const TEST_PUBLIC_URL = 'https://portal.example.test';

/** Lets the background work of "password forgotten" finish, then delivers what is due. */
export async function flushMail(app: FastifyInstance) {
  await app.background.idle();
  return app.mail.deliverDueMails();
}

export function forgot(
  app: FastifyInstance,
  body: object,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: body, headers });
}

/** The token of the reset link in a mail's text part (it rides in the URL fragment). */
export function tokenFromMail(mail: ParsedMail): string {
  const match = /https:\/\/portal\.example\.test\/password\/reset#token=([A-Za-z0-9_-]+)/.exec(
    mail.text ?? '',
  );
  expect(match, `no reset link in: ${mail.text}`).not.toBeNull();
  return match?.[1] as string;
}

export function latestToken(smtp: TestSmtpServer, address: string): string {
  const mails = receivedBy(smtp, address);
  const last = mails.at(-1);
  expect(last, `no mail to ${address}`).toBeDefined();
  return tokenFromMail(last as ParsedMail);
}
