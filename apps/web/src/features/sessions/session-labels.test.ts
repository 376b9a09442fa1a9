import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from './i18n/de';
import { en } from './i18n/en';
import { fr } from './i18n/fr';
import { browserLabel } from './session-labels';

let t: Record<'en' | 'de' | 'fr', TFunction>;

beforeAll(async () => {
  const texts = { en, de, fr };
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: Object.fromEntries(
      Object.entries(texts).map(([language, text]) => [
        language,
        { translation: { sessions: text } },
      ]),
    ),
    interpolation: { escapeValue: false },
  });
  t = {
    en: instance.getFixedT('en'),
    de: instance.getFixedT('de'),
    fr: instance.getFixedT('fr'),
  };
});

describe('browserLabel', () => {
  it.each([
    ['en', { browser: 'Chrome', system: 'Windows' }, 'Chrome on Windows'],
    ['en', { browser: 'Safari', system: 'iPhone' }, 'Safari on iPhone'],
    ['de', { browser: 'Firefox', system: 'Linux' }, 'Firefox auf Linux'],
    ['fr', { browser: 'Safari', system: 'macOS' }, 'Safari sur macOS'],
    ['en', { browser: 'Firefox', system: null }, 'Firefox'],
    ['en', { browser: null, system: 'Linux' }, 'Unknown browser on Linux'],
    ['en', { browser: null, system: null }, 'Unknown browser'],
    ['de', { browser: null, system: null }, 'Unbekannter Browser'],
    ['fr', { browser: null, system: 'Android' }, 'Navigateur inconnu sur Android'],
  ] as const)('in %s: %j reads %s', (language, session, label) => {
    expect(browserLabel(session, t[language])).toBe(label);
  });
});
