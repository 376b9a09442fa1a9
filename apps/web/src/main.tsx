import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadTexts } from './app/texts/load-texts';
import { setupI18n } from './i18n';
import { detectLanguage } from './i18n/languages';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The texts of the language shown, and only those, are there before the first render.
const language = detectLanguage();
const translation = await loadTexts(language);

createRoot(container).render(
  <StrictMode>
    <App i18n={setupI18n({ [language]: { translation } }, language, loadTexts)} />
  </StrictMode>,
);
