import type { Language } from '@/i18n/languages';
import type { Translation } from './en';

/**
 * Each language's texts are a chunk of their own: a visitor downloads the language shown, and
 * another one only when switching to it. The module is cached, so a second call costs nothing.
 */
const loaders: Record<Language, () => Promise<Translation>> = {
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
};

export function loadTexts(language: Language): Promise<Translation> {
  return loaders[language]();
}
