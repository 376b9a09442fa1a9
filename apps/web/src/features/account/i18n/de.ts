import type { AccountText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: AccountText = {
  language: {
    heading: 'Sprache',
    intro:
      'E-Mails zu Ihrem Konto (Links zum Zurücksetzen des Passworts, Sicherheitshinweise) werden in dieser Sprache verfasst. Das Portal wechselt ebenfalls in diese Sprache.',
    label: 'Sprache für E-Mails',
    save: 'Sprache speichern',
    saving: 'Wird gespeichert …',
    saved: 'Gespeichert. Ihre E-Mails werden in dieser Sprache verfasst.',
  },
  security: {
    documentTitle: 'Kontosicherheit',
    heading: 'Kontosicherheit',
    intro: 'Wie Sie sich beim Unified Security Portal anmelden.',
    resellerPortal:
      'Sie melden sich über das Reseller-Portal an. Ihr Passwort und Ihre Zwei-Faktor-Authentifizierung werden dort verwaltet.',
  },
  password: {
    heading: 'Passwort',
    intro: 'Nach der Änderung enden Ihre anderen Sitzungen; diese bleibt angemeldet.',
    current: 'Aktuelles Passwort',
    currentRequired: 'Geben Sie Ihr aktuelles Passwort ein.',
    wrongCurrent: 'Das aktuelle Passwort ist falsch.',
    submit: 'Passwort ändern',
    submitting: 'Das Passwort wird geändert …',
    changed: 'Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.',
  },
  twoFactor: {
    heading: 'Zwei-Faktor-Authentifizierung',
    status: 'Status',
    on: 'Aktiviert',
    off: 'Nicht aktiviert',
    onText:
      'Bei der Anmeldung geben Sie nach dem Passwort einen Code aus Ihrer Authenticator-App ein.',
    offText:
      'Schützen Sie Ihr Konto bei der Anmeldung mit einem Code aus einer Authenticator-App auf Ihrem Smartphone.',
    requiredText: 'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
    enable: 'Zwei-Faktor-Authentifizierung aktivieren',
    requiredNote:
      'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung, daher kann sie nicht deaktiviert werden.',
    disableHeading: 'Zwei-Faktor-Authentifizierung deaktivieren',
    disableText:
      'Bei der Anmeldung geben Sie dann nur noch Ihr Passwort ein. Vorher bestätigen Sie, dass Sie es sind.',
    disable: 'Deaktivieren',
    disabling: 'Wird deaktiviert …',
    disabled: 'Die Zwei-Faktor-Authentifizierung wurde deaktiviert.',
  },
};
