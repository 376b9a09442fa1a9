import type { PortalText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: PortalText = {
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
