import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { MAIL_LOCALES, type MailLocale, type MailStrings } from './types.js';

export const MAIL_STRINGS: Record<MailLocale, MailStrings> = { en, de, fr };

/** The user's stored locale as a mail language: `de-CH` is German, anything unknown English. */
export function mailLocale(locale: string | null | undefined): MailLocale {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return MAIL_LOCALES.find((known) => known === base) ?? 'en';
}
