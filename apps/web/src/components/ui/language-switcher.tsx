import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, persistLanguage, SUPPORTED_LANGUAGES } from '@/i18n/languages';

/** A labelled select; the choice is remembered so a reload keeps the language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isSupportedLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const language = event.target.value;
          if (!isSupportedLanguage(language)) return;
          persistLanguage(language);
          void i18n.changeLanguage(language);
        }}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          // Each language is named in itself, and marked so screen readers pronounce it right.
          <option key={language} value={language} lang={language}>
            {t(`common.languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
