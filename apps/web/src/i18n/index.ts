import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, detectLanguage, SUPPORTED_LANGUAGES } from './languages';
import { de } from './locales/de';
import { en } from './locales/en';
import { fr } from './locales/fr';

export const resources = {
  en: { translation: en },
  de: { translation: de },
  fr: { translation: fr },
} as const;

/** Initialises the shared i18next instance synchronously (resources are bundled, nothing to load). */
export function setupI18n(language = detectLanguage()) {
  if (!i18next.isInitialized) {
    // Screen readers pick the pronunciation from <html lang>, so it follows every switch.
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
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
