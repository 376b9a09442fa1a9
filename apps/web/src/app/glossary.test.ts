import { describe, expect, it } from 'vitest';
import { texts } from './texts/all-languages';

/**
 * docs/glossary.md: one term per concept. The chosen terms are where the glossary puts them, and
 * the variants the localisation review found are nowhere in the language's texts.
 */
type Tree = { [key: string]: string | Tree };

function allTexts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : allTexts(value),
  );
}

const BANNED: Record<'de' | 'fr', RegExp[]> = {
  de: [/Tätig (für|in|im)\b/, /Wieder in .* arbeiten/, /Kunden auswählen/, /\bSubject\b/],
  fr: [/agissez/, /\bAgit dans\b/, /\(subject\)/, /Deux facteurs/],
};

describe('glossary (docs/glossary.md)', () => {
  it.each(['de', 'fr'] as const)('%s: none of the variants the review found', (language) => {
    const all = allTexts(texts[language]);
    for (const banned of BANNED[language]) {
      expect(
        all.filter((text) => banned.test(text)),
        String(banned),
      ).toEqual([]);
    }
  });

  it('uses the chosen terms in German, the vendor’s where it has them', () => {
    const { de } = texts;
    expect(de.customers.heading).toBe('Kundenauswahl');
    expect(de.portal.twoFactorBanner.enable).toBe('2FA aktivieren');
    expect(de.users.options.button).toBe('Benutzeroptionen');
    expect(de.users.options.resetPassword).toBe('Passwort zurücksetzen');
    expect(de.portal.actingIn).toBe('Sie arbeiten in {{name}}');
    expect(de.portal.home.account.actingTenant).toBe('Aktiver Mandant');
    expect(de.sessions.columns.actingTenant).toBe('Aktiver Mandant');
    expect(de.customers.backToOwn).toBe('Zurück zu {{name}}');
    expect(de.users.columns.twoFactor).toBe('2FA');
  });

  it('uses the chosen terms in French', () => {
    const { fr } = texts;
    expect(fr.customers.heading).toBe('Sélection du client');
    expect(fr.portal.actingIn).toBe('Vous travaillez dans {{name}}');
    expect(fr.portal.home.account.actingTenant).toBe('Locataire actif');
    expect(fr.sessions.columns.actingTenant).toBe('Locataire actif');
    expect(fr.users.columns.twoFactor).toBe('2FA');
  });
});
