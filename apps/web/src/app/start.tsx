import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '@/i18n';
import type { Language } from '@/i18n/languages';
import { App } from './app';
import type { Translation } from './texts/en';
import { loadTexts } from './texts/load-texts';

/** Renders the app in `language`, whose texts main.tsx loaded beside this module. */
export function startApp(container: HTMLElement, language: Language, translation: Translation) {
  createRoot(container).render(
    <StrictMode>
      <App i18n={setupI18n({ [language]: { translation } }, language, loadTexts)} />
    </StrictMode>,
  );
}
