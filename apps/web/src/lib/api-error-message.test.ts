import { ERROR_CODE_LIST } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { de } from '@/i18n/api-error-text/de';
import { en } from '@/i18n/api-error-text/en';
import { fr } from '@/i18n/api-error-text/fr';

const apiErrorText = { en, de, fr };

/** The SPA's own source files (tests aside), as text. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the error catalogue in every language', () => {
  it.each(Object.entries(apiErrorText))(
    '%s has a message for every code of the API',
    (_, texts) => {
      const messages: Record<string, string> = texts;
      expect(ERROR_CODE_LIST.filter((code) => !messages[code]?.trim())).toEqual([]);
      expect(Object.keys(texts).sort()).toEqual([...ERROR_CODE_LIST].sort());
    },
  );

  it('says it in the language itself, not in English', () => {
    for (const code of ERROR_CODE_LIST) {
      expect(de[code], code).not.toBe(en[code]);
      expect(fr[code], code).not.toBe(en[code]);
    }
  });

  it('is what the SPA shows: no code outside the API client reads an error’s English message', () => {
    // The localisation review found `error.code === CONFLICT ? error.message : …` in a dialog.
    const readers = Object.entries(sources)
      .filter(([file]) => !file.endsWith('/lib/api-client.ts'))
      .filter(([, text]) => /\b(error|err|e|cause|failure|apiError)\??\.message\b/.test(text))
      .map(([file]) => file);
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(readers).toEqual([]);
  });
});
