import type { Language } from '@portal/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { isSupportedLanguage, persistLanguage, SUPPORTED_LANGUAGES } from '@/i18n/languages';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useChangeLanguage } from '../api/change-language';

/**
 * Account → Language: the language of the account's e-mails (reset links, security notices).
 * The portal switches to it too, so that the next sign-in, which sends the UI language, keeps it.
 */
export function LanguagePreference({ language }: { language: Language }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const selectId = useId();
  const change = useChangeLanguage();
  const [chosen, setChosen] = useState<Language>(language);
  const [saved, setSaved] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    setSaved(false);
    change.mutate(chosen, {
      onSuccess: () => {
        persistLanguage(chosen);
        void i18n.changeLanguage(chosen);
        setSaved(true);
      },
    });
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.language.heading')}</h2>
      <p>{t('account.language.intro')}</p>
      <p className="settings-card__status" role="status">
        {saved && t('account.language.saved')}
      </p>
      {change.isError && (
        <p role="alert" className="alert alert--error">
          {isApiError(change.error)
            ? apiErrorMessage(change.error.code, t)
            : t('common.unexpected')}
        </p>
      )}
      <form className="reset-form" onSubmit={handleSubmit} aria-busy={change.isPending}>
        <label htmlFor={selectId}>{t('account.language.label')}</label>
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => {
            if (isSupportedLanguage(event.target.value)) setChosen(event.target.value);
          }}
        >
          {SUPPORTED_LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`common.languages.${option}`)}
            </option>
          ))}
        </select>
        <SubmitButton
          className="button button--primary"
          busy={change.isPending}
          busyLabel={t('account.language.saving')}
        >
          {t('account.language.save')}
        </SubmitButton>
      </form>
    </section>
  );
}
