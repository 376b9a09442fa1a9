import { Type } from 'typebox';

/** The languages of the portal: its UI and the mails it sends. English is the reference. */
export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LanguageField = Type.Enum(LANGUAGES, {
  description: 'A language of the portal (en, de, fr): mails to the user are written in it.',
});

/** PUT /api/account/language: the language of the user's mails. */
export const LanguageRequest = Type.Object(
  { language: LanguageField },
  { additionalProperties: false },
);
export type LanguageRequest = Type.Static<typeof LanguageRequest>;
