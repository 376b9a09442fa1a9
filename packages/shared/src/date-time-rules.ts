/**
 * RFC 3339 date-times that every layer can hold: JavaScript's Date, PostgreSQL's timestamptz and
 * ISO strings all agree on years 0001 to 9999 (in UTC). Leap seconds (…T23:59:60Z) are refused:
 * JavaScript cannot represent them.
 */
const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const EARLIEST_MS = startOfYear(1);
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The instant a date-time names, or null when it is malformed or outside years 0001–9999. */
export function parseDateTime(value: string): Date | null {
  const match = RFC_3339.exec(value);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map(Number);
  const fraction = Number(`0.${match[7] ?? '0'}`);
  const sign = match[8] === '-' ? -1 : 1;
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return null;
  }
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Math.floor(fraction * 1000));
  const ms = date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return ms >= EARLIEST_MS && ms <= LATEST_MS ? new Date(ms) : null;
}

/** Whether a request's date-time can be used as given (the `date-time` format of the API). */
export const isRepresentableDateTime = (value: string): boolean => parseDateTime(value) !== null;

function startOfYear(year: number): number {
  const first = new Date(0);
  first.setUTCFullYear(year, 0, 1);
  return first.getTime();
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
