import { loadTexts } from './app/texts/load-texts';
import { detectLanguage } from './i18n/languages';
// Here, not in app/start.tsx, so that index.html links it and the browser loads it at once.
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A small entry that starts both downloads at once: the texts of the language shown (its chunk
// depends on a choice only the browser knows) and the app, whose chunks index.html preloads.
const language = detectLanguage();
const [{ startApp }, translation] = await Promise.all([import('./app/start'), loadTexts(language)]);
startApp(container, language, translation);
