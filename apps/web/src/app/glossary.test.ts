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
  de: [
    /Tätig (für|in|im)\b/,
    /Wieder in .* arbeiten/,
    /Kunden auswählen/,
    /\bSubject\b/,
    // One phrasing for a rule, a refusal, an action (review §2.1, T-4, T-12).
    /Zeichen haben/,
    /Dazu (sind Sie|fehlt Ihnen)/,
    /Sie dürfen/,
    /handeln nicht mehr/,
    /\bman sich\b/,
    /Passwort-Zurücksetzung/,
    /Verknüpfung .* aufgehoben/,
    /^(Kunden|Benutzer)seiten$/,
  ],
  fr: [
    /agissez/,
    /\bAgit dans\b/,
    /\(subject\)/,
    /Deux facteurs/,
    // « le domaine de votre locataire », not a double determiner (FR-2, T-2).
    /votre domaine du locataire/,
    /domaine de locataire/,
    /code actuel/,
    // Sessions are « déconnectées », reseller-portal accounts « associés » (FR-7, FR-8).
    /révoqu/i,
    /(?<!\p{L})liée?s?(?!\p{L})/iu,
    /peut (contenir|comporter) au plus/,
    /^Pages des (clients|utilisateurs)$/,
  ],
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

  it('keeps the German ellipsis with its word: a no-break space before “…”', () => {
    const loose = allTexts(texts.de).filter((text) => /(?<!\u00a0)…/.test(text));
    expect(loose).toEqual([]);
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
