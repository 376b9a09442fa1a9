import type { AccountRef, MailStrings } from './types.js';

const minutes = (n: number) => (n === 1 ? '1 Minute' : `${n} Minuten`);
const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);
/** „Ihr Konto …“ in the case the sentence needs. */
const konto = ({ username, tenantDomain }: AccountRef) =>
  `„${username}“ (Mandanten-Domain ${tenantDomain})`;
const codesLeft = (n: number) =>
  n === 0
    ? 'Sie haben keine Wiederherstellungscodes mehr.'
    : `Sie haben noch ${n === 1 ? '1 Wiederherstellungscode' : `${n} Wiederherstellungscodes`}.`;
const takeover =
  'Falls Sie das nicht waren, hat möglicherweise jemand anderes Zugriff auf Ihr Konto: Setzen Sie Ihr Passwort sofort über „Passwort vergessen?“ auf der Anmeldeseite zurück und informieren Sie Ihre Administration.';

export const de: MailStrings = {
  greeting: 'Guten Tag,',
  linkFallback:
    'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  automatedNotice:
    'Diese Nachricht wurde automatisch vom Unified Security Portal versendet. Bitte antworten Sie nicht darauf.',
  passwordReset: {
    subject: 'Passwort zurücksetzen',
    intro: ({ username, tenantDomain }) =>
      `wir haben eine Anfrage erhalten, das Passwort Ihres Kontos ${konto({ username, tenantDomain })} zurückzusetzen.`,
    introByAdministrator: (ref) =>
      `die Administration Ihres Mandanten hat für Ihr Konto ${konto(ref)} das Festlegen eines neuen Passworts veranlasst.`,
    introUnlinked: (ref) =>
      `Ihr Konto ${konto(ref)} ist nicht mehr mit dem Reseller-Portal verknüpft. Legen Sie ein Passwort fest, um sich wieder anmelden zu können.`,
    action: 'Neues Passwort festlegen',
    validity: (n) => `Der Link ist ${minutes(n)} gültig und kann nur einmal verwendet werden.`,
    ignore:
      'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
    byAdministratorNote:
      'Falls Sie diese E-Mail nicht erwartet haben, fragen Sie bei Ihrer Administration nach, bevor Sie den Link verwenden.',
  },
  accountCreated: {
    subject: 'Ihr neues Konto im Unified Security Portal',
    intro: ({ tenantName, tenantDomain, username }) =>
      `für Sie wurde im Unified Security Portal ein Konto bei ${tenantName} angelegt (Mandanten-Domain ${tenantDomain}, Benutzername „${username}“).`,
    action: 'Passwort festlegen',
    validity: (n) => `Der Link ist ${days(n)} gültig und kann nur einmal verwendet werden.`,
  },
  notice: {
    when: (date) => `Zeitpunkt: ${date}`,
    ip: (address) => `IP-Adresse: ${address}`,
    browser: ({ browser, system }) =>
      `Browser: ${browser && system ? `${browser} unter ${system}` : (browser ?? system ?? 'unbekannt')}`,
    action: 'Anmelden',
    kinds: {
      'two-factor-activated': {
        subject: 'Zwei-Faktor-Authentifizierung aktiviert',
        what: (ref) =>
          `für Ihr Konto ${konto(ref)} wurde die Zwei-Faktor-Authentifizierung aktiviert: Die Anmeldung erfordert jetzt einen Code aus der Authenticator-App.`,
        notYou: takeover,
      },
      'two-factor-replaced': {
        subject: 'Ihre Authenticator-App wurde ersetzt',
        what: (ref) =>
          `für Ihr Konto ${konto(ref)} wurde eine neue Authenticator-App eingerichtet: Codes der bisherigen App funktionieren nicht mehr.`,
        notYou: takeover,
      },
      'two-factor-disabled': {
        subject: 'Zwei-Faktor-Authentifizierung deaktiviert',
        what: (ref) =>
          `für Ihr Konto ${konto(ref)} wurde die Zwei-Faktor-Authentifizierung deaktiviert: Die Anmeldung erfordert jetzt nur noch das Passwort.`,
        notYou: takeover,
      },
      'two-factor-reset-by-administrator': {
        subject: 'Ihre Administration hat die Zwei-Faktor-Authentifizierung zurückgesetzt',
        what: (ref) =>
          `die Administration Ihres Mandanten hat die Zwei-Faktor-Authentifizierung Ihres Kontos ${konto(ref)} zurückgesetzt: Ihre Authenticator-App und Ihre Wiederherstellungscodes funktionieren nicht mehr, und Ihre Sitzungen wurden beendet.`,
        notYou:
          'Bei der nächsten Anmeldung werden Sie gegebenenfalls gebeten, die Zwei-Faktor-Authentifizierung neu einzurichten. Falls Sie das nicht veranlasst haben, wenden Sie sich an Ihre Administration.',
      },
      'password-changed': {
        subject: 'Ihr Passwort wurde geändert',
        what: (ref) =>
          `das Passwort Ihres Kontos ${konto(ref)} wurde geändert. Ihre anderen Sitzungen wurden beendet.`,
        notYou: takeover,
      },
      'password-reset': {
        subject: 'Ihr Passwort wurde zurückgesetzt',
        what: (ref) =>
          `das Passwort Ihres Kontos ${konto(ref)} wurde mit dem Link aus einer E-Mail zum Zurücksetzen neu festgelegt. Alle Ihre Sitzungen wurden beendet.`,
        notYou: takeover,
      },
      'email-changed': {
        subject: 'Ihre E-Mail-Adresse wurde geändert',
        what: (ref, { newEmail }) =>
          `die E-Mail-Adresse Ihres Kontos ${konto(ref)} wurde in ${newEmail} geändert. E-Mails zu diesem Konto gehen ab jetzt dorthin.`,
        notYou:
          'Falls Sie das nicht waren, wenden Sie sich sofort an Ihre Administration: An die neue Adresse können jetzt Links zum Zurücksetzen Ihres Passworts gesendet werden.',
      },
      'recovery-code-used': {
        subject: 'Ein Wiederherstellungscode wurde verwendet',
        what: (ref, { remaining }) =>
          `ein Wiederherstellungscode Ihres Kontos ${konto(ref)} wurde verwendet. ${codesLeft(remaining)}`,
        notYou: takeover,
      },
      'account-locked': {
        subject: 'Anmeldung an Ihrem Konto gesperrt',
        what: (ref, { lockedMinutes }) =>
          `nach wiederholten fehlgeschlagenen Anmeldeversuchen ist Ihr Konto ${konto(ref)} für ${minutes(lockedMinutes)} gesperrt. Die Sperre endet von selbst.`,
        notYou:
          'Falls diese Versuche nicht von Ihnen stammen, versucht möglicherweise jemand, Ihr Passwort zu erraten: Wählen Sie nach Ablauf der Sperre unter Konto → Sicherheit ein neues, starkes Passwort. Sie erhalten höchstens eine solche E-Mail pro Stunde.',
      },
      'passkey-added': {
        subject: 'Ihrem Konto wurde ein Passkey hinzugefügt',
        what: (ref, { passkeyName }) =>
          `Ihrem Konto ${konto(ref)} wurde der Passkey „${passkeyName}“ hinzugefügt: Mit ihm ist jetzt eine Anmeldung möglich.`,
        notYou: takeover,
      },
      'passkey-removed': {
        subject: 'Ein Passkey wurde aus Ihrem Konto entfernt',
        what: (ref, { passkeyName }) =>
          `der Passkey „${passkeyName}“ wurde aus Ihrem Konto ${konto(ref)} entfernt: Mit ihm ist keine Anmeldung mehr möglich.`,
        notYou: takeover,
      },
    },
  },
};
