import i18next, { type BackendModule, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  detectLanguage,
  isSupportedLanguage,
  type Language,
  SUPPORTED_LANGUAGES,
} from './languages';

/** Loads one language's texts: the app keeps each language in a chunk of its own. */
export type TextLoader = (language: Language) => Promise<ResourceKey>;

/**
 * i18next asks its backend for a language it has no texts for yet, and switches only once they
 * are there: `changeLanguage` anywhere in the app loads the chunk first, the page never shows keys.
 */
function textBackend(loadTexts: TextLoader): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, _namespace, callback) {
      if (!isSupportedLanguage(language)) {
        callback(new Error(`no texts for language ${language}`), false);
        return;
      }
      loadTexts(language).then(
        (texts) => callback(null, texts),
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * Initialises the shared i18next instance synchronously with the given texts: the app passes the
 * language it loaded before the first render and a loader for the others (app/texts/load-texts.ts);
 * the unit tests pass every language and no loader.
 */
export function setupI18n(
  resources: Resource,
  language: Language = detectLanguage(),
  loadTexts?: TextLoader,
) {
  if (!i18next.isInitialized) {
    // Screen readers pick the pronunciation from <html lang>, so it follows every switch.
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
    if (loadTexts) i18next.use(textBackend(loadTexts));
    void i18next.use(initReactI18next).init({
      resources,
      // The languages not given are loaded through the backend when switched to.
      partialBundledLanguages: loadTexts !== undefined,
      lng: language,
      // Every language has every key (the types check it), so no text ever falls back to another
      // language; a fallback would make i18next load English beside the language shown.
      fallbackLng: false,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      initAsync: false,
      // React escapes output already.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}
