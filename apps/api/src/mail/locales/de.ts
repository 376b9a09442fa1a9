import type { MailStrings } from './types.js';

const minutes = (n: number) => (n === 1 ? '1 Minute' : `${n} Minuten`);
const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);

export const de: MailStrings = {
  greeting: 'Hallo,',
  linkFallback:
    'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  automatedNotice:
    'Diese Nachricht wurde automatisch vom Unified Security Portal versendet. Bitte antworten Sie nicht darauf.',
  passwordReset: {
    subject: 'Passwort zurücksetzen',
    intro: ({ username, tenantDomain }) =>
      `Wir haben eine Anfrage erhalten, das Passwort Ihres Kontos „${username}“ im Mandanten ${tenantDomain} zurückzusetzen.`,
    action: 'Neues Passwort festlegen',
    validity: (n) => `Der Link ist ${minutes(n)} gültig und funktioniert nur einmal.`,
    ignore:
      'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
  },
  accountCreated: {
    subject: 'Ihr neues Konto',
    intro: ({ tenantName, tenantDomain, username }) =>
      `Für Sie wurde ein Konto bei ${tenantName} angelegt (Mandanten-Domain ${tenantDomain}, Benutzername „${username}“).`,
    action: 'Passwort festlegen',
    validity: (n) => `Der Link ist ${days(n)} gültig und funktioniert nur einmal.`,
  },
  passwordChanged: {
    subject: 'Ihr Passwort wurde geändert',
    intro: ({ username, tenantDomain }, changedAt) =>
      `Das Passwort Ihres Kontos „${username}“ im Mandanten ${tenantDomain} wurde am ${changedAt} geändert.`,
    notYou:
      'Falls Sie das nicht waren, wenden Sie sich sofort an eine Administratorin oder einen Administrator Ihres Mandanten.',
    action: 'Anmelden',
  },
};
