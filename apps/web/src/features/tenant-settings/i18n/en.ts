/**
 * The texts of Tenant settings: the section `tenantSettings` of the texts that app/texts/
 * assembles. English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
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
