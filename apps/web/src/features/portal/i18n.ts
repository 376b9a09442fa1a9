/**
 * The texts of the portal frame (header, menu, 2FA banner) and its home page: the section `portal`
 * of the texts that app/texts.ts assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main',
  tenantLabel: 'Tenant',
  userLabel: 'Signed in as',
  logOut: 'Log out',
  menu: {
    home: 'Home',
    customers: 'Customers',
    users: 'Users',
    tenantSettings: 'Tenant settings',
    auditLog: 'Audit log',
    accountSecurity: 'Account',
    accountSessions: 'Sessions',
  },
  actingIn: 'Acting in {{name}}',
  switchCustomer: 'Switch customer',
  twoFactorBanner: {
    label: 'Security notice',
    text: 'Two-factor authentication is required for your account from {{date}}. Enable it now to keep access.',
    enable: 'Enable 2FA',
  },
  logoutFailed: 'Logging out did not work. Please try again.',
  loadError: 'Your account could not be loaded.',
  home: {
    documentTitle: 'Home',
    welcome: 'Welcome, {{name}}',
    intro: 'You are signed in to the Unified Security Portal.',
    account: {
      heading: 'Your account',
      username: 'Username',
      displayName: 'Display name',
      email: 'E-mail',
      roles: 'Roles',
      tenant: 'Tenant',
      actingTenant: 'Acting in tenant',
      twoFactor: 'Two-factor authentication',
      twoFactorOn: 'Enabled',
      twoFactorOff: 'Not enabled',
      twoFactorAtPortal: 'Managed by the reseller portal',
      noRoles: 'No roles',
    },
  },
};

export type PortalText = typeof en;

const de: PortalText = {
  skipToContent: 'Zum Hauptinhalt springen',
  mainNavigation: 'Hauptmenü',
  tenantLabel: 'Mandant',
  userLabel: 'Angemeldet als',
  logOut: 'Abmelden',
  menu: {
    home: 'Startseite',
    customers: 'Kunden',
    users: 'Benutzer',
    tenantSettings: 'Mandanteneinstellungen',
    auditLog: 'Audit-Protokoll',
    accountSecurity: 'Konto',
    accountSessions: 'Sitzungen',
  },
  actingIn: 'Tätig für {{name}}',
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
      actingTenant: 'Tätig im Mandanten',
      twoFactor: 'Zwei-Faktor-Authentifizierung',
      twoFactorOn: 'Aktiviert',
      twoFactorOff: 'Nicht aktiviert',
      twoFactorAtPortal: 'Im Reseller-Portal verwaltet',
      noRoles: 'Keine Rollen',
    },
  },
};

const fr: PortalText = {
  skipToContent: 'Aller au contenu principal',
  mainNavigation: 'Menu principal',
  tenantLabel: 'Locataire',
  userLabel: 'Connecté en tant que',
  logOut: 'Se déconnecter',
  menu: {
    home: 'Accueil',
    customers: 'Clients',
    users: 'Utilisateurs',
    tenantSettings: 'Paramètres du locataire',
    auditLog: 'Journal d’audit',
    accountSecurity: 'Compte',
    accountSessions: 'Sessions',
  },
  actingIn: 'Vous agissez pour {{name}}',
  switchCustomer: 'Changer de client',
  twoFactorBanner: {
    label: 'Avis de sécurité',
    text: 'L’authentification à deux facteurs sera obligatoire pour votre compte à partir du {{date}}. Activez-la dès maintenant pour conserver l’accès.',
    enable: 'Activer la 2FA',
  },
  logoutFailed: 'La déconnexion n’a pas abouti. Veuillez réessayer.',
  loadError: 'Votre compte n’a pas pu être chargé.',
  home: {
    documentTitle: 'Accueil',
    welcome: 'Bienvenue, {{name}}',
    intro: 'Vous êtes connecté au Unified Security Portal.',
    account: {
      heading: 'Votre compte',
      username: 'Nom d’utilisateur',
      displayName: 'Nom affiché',
      email: 'E-mail',
      roles: 'Rôles',
      tenant: 'Locataire',
      actingTenant: 'Agit dans le locataire',
      twoFactor: 'Authentification à deux facteurs',
      twoFactorOn: 'Activée',
      twoFactorOff: 'Non activée',
      twoFactorAtPortal: 'Gérée par le portail revendeur',
      noRoles: 'Aucun rôle',
    },
  },
};

export const portalText = { en, de, fr };
