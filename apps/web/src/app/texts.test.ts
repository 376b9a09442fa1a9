import { describe, expect, it } from 'vitest';
import { texts } from './texts/all-languages';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe.each([
  ['de', texts.de],
  ['fr', texts.fr],
])('%s translation', (_, locale) => {
  const reference = new Map(leaves(texts.en));

  it('has exactly the keys of English, none empty', () => {
    const entries = leaves(locale);
    expect(entries.map(([key]) => key)).toEqual([...reference.keys()]);
    for (const [key, text] of entries) expect(text.trim(), key).not.toBe('');
  });

  it('keeps every {{placeholder}} of English', () => {
    for (const [key, text] of leaves(locale)) {
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
    }
  });
});

describe('French typography', () => {
  // A no-break space (U+00A0, as the mails use; U+202F also counts) before : ; ? ! and inside
  // « », so that a lone "?" or "»" never wraps onto the next line.
  const NO_BREAK = '[\\u00a0\\u202f]';
  const looseBefore = new RegExp(`(?<!${NO_BREAK})[:;?!](?=\\s|$)`);
  const looseQuote = new RegExp(`«(?!${NO_BREAK})|(?<!${NO_BREAK})»`);

  it('puts a no-break space before : ; ? ! and inside « »', () => {
    const loose = leaves(texts.fr).filter(
      ([, text]) => looseBefore.test(text) || looseQuote.test(text),
    );
    expect(loose.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
