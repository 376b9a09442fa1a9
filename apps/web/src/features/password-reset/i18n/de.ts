import type { PasswordResetText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: PasswordResetText = {
  heading: 'Passwort ändern',
  headingNewAccount: 'Passwort festlegen',
  headingChecking: 'Ihr Passwort',
  checking: 'Der Link wird geprüft …',
  checkFailed: 'Der Link konnte nicht geprüft werden.',
  intro: 'Wählen Sie ein neues Passwort für dieses Konto:',
  introNewAccount: 'Wählen Sie ein Passwort für Ihr neues Konto:',
  tenantDomain: 'Mandanten-Domain',
  username: 'Benutzername',
  submit: 'Passwort ändern',
  submitting: 'Das Passwort wird geändert …',
  submitNewAccount: 'Passwort festlegen',
  submittingNewAccount: 'Das Passwort wird festgelegt …',
  invalid: {
    heading: 'Link nicht mehr gültig',
    text: 'Dieser Link ist nicht mehr gültig. Jeder Link kann nur einmal und nur für begrenzte Zeit verwendet werden (30 Minuten, für neue Konten 7 Tage); eine neuere E-Mail macht ältere Links ungültig.',
    newLink: 'Neuen Link anfordern',
  },
};
