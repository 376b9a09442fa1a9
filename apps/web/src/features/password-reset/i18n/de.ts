import type { PasswordResetText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: PasswordResetText = {
  heading: 'Passwort ändern',
  headingNewAccount: 'Passwort festlegen',
  headingChecking: 'Ihr Passwort',
  checking: 'Der Link wird geprüft …',
  checkFailed: 'Der Link konnte nicht geprüft werden.',
  intro: 'Wählen Sie ein neues Passwort für dieses Konto:',
  introNewAccount: 'Wählen Sie ein Passwort für Ihr neues Konto:',
  tenantDomain: 'Mandanten-Domain',
  username: 'Benutzername',
  submit: 'Passwort ändern',
  submitting: 'Das Passwort wird geändert …',
  submitNewAccount: 'Passwort festlegen',
  submittingNewAccount: 'Das Passwort wird festgelegt …',
  invalid: {
    heading: 'Link nicht mehr gültig',
    text: 'Dieser Link ist nicht mehr gültig. Links funktionieren einmal und begrenzte Zeit (30 Minuten; 7 Tage für ein neues Konto); eine neuere E-Mail ersetzt ältere Links.',
    newLink: 'Neuen Link anfordern',
  },
};
