import type { PortalText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: PortalText = {
  skipToContent: 'Zum Hauptinhalt springen',
  mainNavigation: 'Hauptmenü',
  tenantLabel: 'Mandant',
  ownTenantLabel: 'Ihr Mandant',
  userLabel: 'Angemeldet als',
  logOut: 'Abmelden',
  menu: {
    home: 'Startseite',
    customers: 'Kunden',
    users: 'Benutzer',
    // A soft hyphen: the word is wider than the sidebar; it breaks as „Mandanten-/einstellungen“.
    tenantSettings: 'Mandanten\u00adeinstellungen',
    auditLog: 'Audit-Protokoll',
    accountSecurity: 'Konto',
    accountSessions: 'Sitzungen',
  },
  actingIn: 'Sie arbeiten in {{name}}',
  switchCustomer: 'Kunden wechseln',
  twoFactorBanner: {
    label: 'Sicherheitshinweis',
    text: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto ab dem {{date}} erforderlich. Aktivieren Sie sie jetzt, um den Zugang zu behalten.',
    enable: '2FA aktivieren',
  },
  logoutFailed: 'Die Abmeldung hat nicht funktioniert. Bitte versuchen Sie es erneut.',
  loadError: 'Ihr Konto konnte nicht geladen werden.',
  home: {
    documentTitle: 'Startseite',
    welcome: 'Willkommen, {{name}}',
    intro: 'Sie sind im Unified Security Portal angemeldet.',
    account: {
      heading: 'Ihr Konto',
      username: 'Benutzername',
      displayName: 'Anzeigename',
      email: 'E-Mail',
      roles: 'Rollen',
      tenant: 'Mandant',
      actingTenant: 'Aktiver Mandant',
      twoFactor: 'Zwei-Faktor-Authentifizierung',
      twoFactorOn: 'Aktiviert',
      twoFactorOff: 'Nicht aktiviert',
      twoFactorAtPortal: 'Im Reseller-Portal verwaltet',
      noRoles: 'Keine Rollen',
    },
  },
};
