import type { CustomersText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: CustomersText = {
  documentTitle: 'Kundenauswahl',
  heading: 'Kundenauswahl',
  intro:
    'Wählen Sie den Kundenmandanten, in dem Sie arbeiten möchten. Die zuletzt verwendeten Kunden stehen oben.',
  search: 'Kunden suchen',
  searchHint: 'Teil eines Kundennamens oder einer Mandanten-Domain',
  caption: 'Kunden',
  pages: 'Seiten der Kundenliste',
  empty: 'Keine Kunden gefunden.',
  loadError: 'Die Kunden konnten nicht geladen werden.',
  columns: {
    name: 'Kunde',
    domain: 'Mandanten-Domain',
    lastUsed: 'Zuletzt verwendet',
    action: 'Aktion',
  },
  notUsedYet: 'Noch nicht verwendet',
  current: 'Aktuell',
  select: 'Auswählen',
  selectCustomer: '{{name}} auswählen',
  switching: 'Wechsel zu {{name}} …',
  backToOwn: 'Zurück zu {{name}}',
  backToOwnText: 'Sie arbeiten in {{name}}.',
  backToOwnDone: 'Sie arbeiten wieder in {{name}}.',
  unavailable:
    'Sie können nicht mehr in {{name}} arbeiten: Der Kunde gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  unavailableUnnamed:
    'Sie können nicht mehr in diesem Kunden arbeiten: Er gehört nicht mehr zu Ihren Kunden. Wählen Sie einen Kunden aus, um fortzufahren.',
  status: {
    deactivated: 'Deaktiviert',
  },
  manage: {
    deactivateCustomer: '{{name}} deaktivieren',
    activateCustomer: '{{name}} aktivieren',
    deactivate: 'Deaktivieren',
    activate: 'Aktivieren',
    deactivateTitle: '{{name}} deaktivieren?',
    deactivateText:
      'Solange {{name}} deaktiviert ist, kann sich dort niemand anmelden, und laufende Sitzungen enden jetzt. Auch Sie können dann nicht darin arbeiten. Benutzer, Einstellungen und Protokoll bleiben erhalten; Sie können den Kunden jederzeit wieder aktivieren.',
    deactivateConfirm: 'Kunden deaktivieren',
    deactivating: '{{name}} wird deaktiviert …',
    deactivated: '{{name}} ist deaktiviert.',
    activated: '{{name}} ist wieder aktiv.',
    cancel: 'Abbrechen',
  },
  add: {
    open: 'Kunden hinzufügen',
    title: 'Kunden hinzufügen',
    description:
      'Ein neuer Kundenmandant mit seinem ersten Administrator, der eine E-Mail mit einem Link zum Festlegen des Passworts erhält.',
    name: 'Name des Kunden',
    domain: 'Mandanten-Domain',
    domainHint:
      'Leer lassen, um sie aus dem Namen zu bilden, zum Beispiel acme-123456.tenant. Kleinbuchstaben, Ziffern, Bindestriche und Punkte.',
    adminHeading: 'Erster Administrator',
    username: 'Benutzername',
    usernameHint:
      '{{min}} bis {{max}} Zeichen: Buchstaben, Ziffern und . _ @ -, beginnend mit einem Buchstaben oder einer Ziffer.',
    email: 'E-Mail-Adresse',
    adminName: 'Anzeigename',
    submit: 'Kunden hinzufügen',
    busy: 'Der Kunde wird hinzugefügt …',
    done: '{{name}} wurde als {{domain}} hinzugefügt. {{email}} erhält eine E-Mail zum Festlegen des Passworts.',
    cancel: 'Abbrechen',
    errors: {
      nameRequired: 'Geben Sie den Namen des Kunden ein.',
      nameTooLong: 'Der Name darf höchstens {{max}} Zeichen lang sein.',
      domainInvalid:
        'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche in mindestens zwei durch Punkte getrennten Teilen, zum Beispiel acme.tenant.',
      domainTaken:
        'Ein anderer Mandant hat diese Domain bereits. Wählen Sie eine andere oder lassen Sie das Feld leer.',
      usernameRequired: 'Geben Sie einen Benutzernamen ein.',
      usernameTooShort: 'Der Benutzername muss mindestens {{min}} Zeichen lang sein.',
      usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen lang sein.',
      usernameCharacters:
        'Verwenden Sie nur Buchstaben, Ziffern und . _ @ - und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
      emailRequired: 'Geben Sie eine E-Mail-Adresse ein.',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
      tooLong: 'Das ist zu lang.',
      invalid: 'Prüfen Sie dieses Feld.',
    },
  },
  errors: {
    notFound: 'Dieser Kunde ist nicht verfügbar. Die Liste wurde aktualisiert.',
    forbidden: 'Sie sind nicht berechtigt, Kunden auszuwählen.',
  },
};
