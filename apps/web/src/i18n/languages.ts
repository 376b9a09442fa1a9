import { STORAGE_KEYS } from '@/config/constants';
import { readStorage, writeStorage } from '@/lib/storage';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isSupportedLanguage(value: unknown): value is Language {
  return (SUPPORTED_LANGUAGES as readonly unknown[]).includes(value);
}

/** A stored choice wins; a first visit follows the browser's preferred languages. */
export function detectLanguage(): Language {
  const stored = readStorage(STORAGE_KEYS.language);
  if (isSupportedLanguage(stored)) return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isSupportedLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function persistLanguage(language: Language): void {
  writeStorage(STORAGE_KEYS.language, language);
}
