import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, detectLanguage, SUPPORTED_LANGUAGES } from './languages';

/**
 * Initialises the shared i18next instance synchronously with the given texts (bundled, nothing to
 * load). The app assembles them from the common texts and each feature's (app/texts.ts).
 */
export function setupI18n(resources: Resource, language = detectLanguage()) {
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
