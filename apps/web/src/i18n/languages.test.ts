import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { detectLanguage, persistLanguage } from './languages';

function preferLanguages(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('detectLanguage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the stored choice first', () => {
    preferLanguages('fr-FR');
    persistLanguage('de');
    expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('de');
    expect(detectLanguage()).toBe('de');
  });

  it('follows the browser on a first visit', () => {
    preferLanguages('fr-CH', 'en');
    expect(detectLanguage()).toBe('fr');
  });

  it('skips unsupported browser languages and falls back to English', () => {
    preferLanguages('es-ES', 'de-AT');
    expect(detectLanguage()).toBe('de');
    preferLanguages('ja', 'es');
    expect(detectLanguage()).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    preferLanguages('de-DE');
    localStorage.setItem(STORAGE_KEYS.language, 'xx');
    expect(detectLanguage()).toBe('de');
  });
});
