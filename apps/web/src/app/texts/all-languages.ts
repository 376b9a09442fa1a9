import type { Language } from '@/i18n/languages';
import { de } from './de';
import { en, type Translation } from './en';
import { fr } from './fr';

/**
 * Every language at once, for the unit tests (test-setup.ts, the checks of the translations). The
 * app itself loads one language at a time (load-texts.ts): importing this from app code would put
 * all three into one chunk again.
 */
export const texts: Record<Language, Translation> = { en, de, fr };

/** The texts as i18next takes them: one namespace, `translation`. */
export const resources = {
  en: { translation: en },
  de: { translation: de },
  fr: { translation: fr },
} as const;
