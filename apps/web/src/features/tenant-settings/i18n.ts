/**
 * The texts of Tenant settings: the section `tenantSettings` of the texts that app/texts.ts
 * assembles. English is the reference: German and French must have exactly its keys.
 */
const en = {
  documentTitle: 'Tenant settings',
  heading: 'Tenant settings',
  intro: 'Security rules for everyone who signs in to {{tenant}} ({{domain}}).',
  loadError: 'The tenant settings could not be loaded.',
  twoFactor: {
    heading: 'Two-factor authentication',
    requiredFor: 'Two-factor authentication required for',
    admins: 'Administrators',
    all: 'All users',
    graceUntil: 'Grace period until',
    graceHint:
      'Until then, users who must use two-factor authentication but have not activated it can still sign in and are asked to enable it. Leave it empty to require it at once.',
    graceEnded: 'The last grace period ended on {{date}}.',
    clearGrace: 'Clear date',
    graceInvalid: 'Enter a complete date and time.',
    gracePast: 'The grace period must end in the future. Choose a later date or clear it.',
    lacking_one: '{{count}} of {{total}} users who must use 2FA has not activated it yet.',
    lacking_other: '{{count}} of {{total}} users who must use 2FA have not activated it yet.',
    allActivated: 'All users who must use 2FA have activated it.',
  },
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'The settings were saved.',
  errors: {
    forbidden: 'You are not allowed to change these settings.',
  },
};

export type TenantSettingsText = typeof en;

const de: TenantSettingsText = {
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
  saving: 'Wird gespeichert …',
  saved: 'Die Einstellungen wurden gespeichert.',
  errors: {
    forbidden: 'Sie dürfen diese Einstellungen nicht ändern.',
  },
};

const fr: TenantSettingsText = {
  documentTitle: 'Paramètres du locataire',
  heading: 'Paramètres du locataire',
  intro:
    'Règles de sécurité pour toutes les personnes qui se connectent à {{tenant}} ({{domain}}).',
  loadError: 'Les paramètres du locataire n’ont pas pu être chargés.',
  twoFactor: {
    heading: 'Authentification à deux facteurs',
    requiredFor: 'Authentification à deux facteurs obligatoire pour',
    admins: 'Les administrateurs',
    all: 'Tous les utilisateurs',
    graceUntil: 'Délai de grâce jusqu’au',
    graceHint:
      'D’ici là, les utilisateurs qui doivent utiliser l’authentification à deux facteurs sans l’avoir encore activée peuvent toujours se connecter et sont invités à l’activer. Laissez le champ vide pour l’exiger immédiatement.',
    graceEnded: 'Le dernier délai de grâce a pris fin le {{date}}.',
    clearGrace: 'Effacer la date',
    graceInvalid: 'Saisissez une date et une heure complètes.',
    gracePast:
      'Le délai de grâce doit se terminer dans le futur. Choisissez une date ultérieure ou effacez-la.',
    lacking_one:
      '{{count}} utilisateur sur {{total}} devant utiliser la 2FA ne l’a pas encore activée.',
    lacking_other:
      '{{count}} utilisateurs sur {{total}} devant utiliser la 2FA ne l’ont pas encore activée.',
    allActivated: 'Tous les utilisateurs devant utiliser la 2FA l’ont activée.',
  },
  save: 'Enregistrer les paramètres',
  saving: 'Enregistrement…',
  saved: 'Les paramètres ont été enregistrés.',
  errors: {
    forbidden: 'Vous n’êtes pas autorisé à modifier ces paramètres.',
  },
};

export const tenantSettingsText = { en, de, fr };
