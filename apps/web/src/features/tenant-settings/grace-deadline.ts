/**
 * The grace deadline is an instant (ISO 8601, UTC) in the API and a local date and time in the
 * form's `datetime-local` input ("2026-04-30T18:00"): these convert between the two.
 */

export type GraceProblem = 'invalid' | 'past';

const pad = (value: number) => String(value).padStart(2, '0');

/** The input value for an instant, in the browser's time zone; '' for none. */
export function toGraceInputValue(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant an input value means in the browser's time zone; null when it is not one. */
export function parseGraceInputValue(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const parts = match.slice(1).map((part) => Number(part ?? 0));
  const [year = 0, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0] = parts;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // new Date() rolls 2026-02-30 over into March: such a value is not a date.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** What the API is sent for an input value, or why it cannot be sent. */
export function graceDeadlineFromInput(
  value: string,
  now = Date.now(),
): { ok: true; deadline: string | null } | { ok: false; problem: GraceProblem } {
  if (value.trim() === '') return { ok: true, deadline: null };
  const date = parseGraceInputValue(value.trim());
  if (date === null) return { ok: false, problem: 'invalid' };
  if (date.getTime() <= now) return { ok: false, problem: 'past' };
  return { ok: true, deadline: date.toISOString() };
}

/** A deadline that has passed grants nothing: the form starts empty then. */
export function isGraceOver(iso: string | null, now = Date.now()): iso is string {
  return iso !== null && new Date(iso).getTime() <= now;
}
