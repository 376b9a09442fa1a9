import { ERROR_CODE_LIST } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { de } from '@/i18n/locales/de';
import { en } from '@/i18n/locales/en';
import { fr } from '@/i18n/locales/fr';

describe('the error catalogue in every language', () => {
  const languages = { en, de, fr };

  it.each(Object.entries(languages))('%s has a message for every code of the API', (_, texts) => {
    const messages: Record<string, string> = texts.apiErrors;
    const missing = ERROR_CODE_LIST.filter((code) => !messages[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('has no messages for codes the API no longer has', () => {
    for (const texts of Object.values(languages)) {
      expect(Object.keys(texts.apiErrors).sort()).toEqual([...ERROR_CODE_LIST].sort());
    }
  });

  it('says it in the language itself, not in English', () => {
    for (const code of ERROR_CODE_LIST) {
      expect(de.apiErrors[code], code).not.toBe(en.apiErrors[code]);
      expect(fr.apiErrors[code], code).not.toBe(en.apiErrors[code]);
    }
  });
});
