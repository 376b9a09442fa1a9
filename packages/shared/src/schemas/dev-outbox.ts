import { Type } from 'typebox';

/** A mail as the dev outbox shows it (embedded default only: never in production). */
export const DevOutboxMail = Type.Object({
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type DevOutboxMail = Type.Static<typeof DevOutboxMail>;

/** Newest first. */
export const DevOutboxResponse = Type.Array(DevOutboxMail);
export type DevOutboxResponse = Type.Static<typeof DevOutboxResponse>;
