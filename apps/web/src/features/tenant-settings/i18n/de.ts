import type { TenantSettingsText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: TenantSettingsText = {
  documentTitle: 'Mandanteneinstellungen',
  heading: 'Mandanteneinstellungen',
  intro: 'Sicherheitsregeln für alle, die sich bei {{tenant}} ({{domain}}) anmelden.',
  loadError: 'Die Mandanteneinstellungen konnten nicht geladen werden.',
  twoFactor: {
    heading: 'Zwei-Faktor-Authentifizierung',
    requiredFor: 'Zwei-Faktor-Authentifizierung erforderlich für',
    admins: 'Administratoren',
    all: 'Alle Benutzer',
    graceUntil: 'Übergangsfrist bis',
    graceHint:
      'Bis dahin können sich Benutzer, die die Zwei-Faktor-Authentifizierung verwenden müssen, sie aber noch nicht aktiviert haben, weiterhin anmelden und werden gebeten, sie zu aktivieren. Lassen Sie das Feld leer, um sie sofort vorzuschreiben.',
    graceEnded: 'Die letzte Übergangsfrist endete am {{date}}.',
    clearGrace: 'Datum entfernen',
    graceInvalid: 'Geben Sie ein vollständiges Datum mit Uhrzeit ein.',
    gracePast:
      'Die Übergangsfrist muss in der Zukunft enden. Wählen Sie ein späteres Datum oder entfernen Sie es.',
    lacking_one:
      '{{count}} von {{total}} Benutzern, die 2FA verwenden müssen, hat sie noch nicht aktiviert.',
    lacking_other:
      '{{count}} von {{total}} Benutzern, die 2FA verwenden müssen, haben sie noch nicht aktiviert.',
    allActivated: 'Alle Benutzer, die 2FA verwenden müssen, haben sie aktiviert.',
  },
  save: 'Einstellungen speichern',
  saving: 'Wird gespeichert …',
  saved: 'Die Einstellungen wurden gespeichert.',
  errors: {
    forbidden: 'Sie sind nicht berechtigt, diese Einstellungen zu ändern.',
  },
};
