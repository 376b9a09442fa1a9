/** A date as people of the given language write it, e.g. "March 31, 2026" or "31. März 2026". */
export function formatDate(value: string | Date, language: string | undefined): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

/** A moment with its time, e.g. "Mar 31, 2026, 2:05 PM" or "31.03.2026, 14:05". */
export function formatDateTime(value: string | Date, language: string | undefined): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
