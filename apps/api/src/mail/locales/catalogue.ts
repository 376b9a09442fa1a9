import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { MailLocale, MailStrings } from './types.js';

export const MAIL_STRINGS: Record<MailLocale, MailStrings> = { en, de, fr };
