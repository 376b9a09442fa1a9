import type { Translation } from './en';

export const fr: Translation = {
  common: {
    productName: 'Unified Security Portal',
    documentTitle: '{{page}} – Unified Security Portal',
    language: 'Langue',
    loading: 'Chargement…',
    close: 'Fermer',
    serviceUnavailable:
      'Le service est momentanément indisponible. Veuillez réessayer dans quelques instants.',
    tryAgain: 'Réessayer',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  login: {
    heading: 'Connexion',
    method: {
      legend: 'Comment souhaitez-vous vous connecter ?',
      unified: 'Connexion avec un compte Unified Security',
      resellerPortal: 'Connexion via le portail revendeur',
      resellerPortalHint: 'La connexion via le portail revendeur n’est pas encore disponible.',
    },
    tenantDomain: 'Domaine du locataire',
    tenantDomainHint: 'Par exemple acme-123456.tenant',
    username: 'Nom d’utilisateur',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    passwordForgotten: 'Mot de passe oublié ?',
    fieldErrors: {
      tenantDomainRequired: 'Saisissez votre domaine du locataire.',
      tenantDomainTooLong: 'Le domaine du locataire peut contenir au plus {{max}} caractères.',
      tenantDomainInvalid: 'Vérifiez le domaine du locataire.',
      usernameRequired: 'Saisissez votre nom d’utilisateur.',
      usernameTooLong: 'Le nom d’utilisateur peut contenir au plus {{max}} caractères.',
      usernameInvalid: 'Vérifiez le nom d’utilisateur.',
      passwordRequired: 'Saisissez votre mot de passe.',
      passwordTooLong: 'Le mot de passe peut contenir au plus {{max}} caractères.',
      passwordInvalid: 'Vérifiez le mot de passe.',
    },
    errors: {
      invalidCredentials:
        'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect.',
      tooManyAttemptsMinutes_one:
        'Trop de tentatives de connexion échouées. Réessayez dans {{count}} minute.',
      tooManyAttemptsMinutes_other:
        'Trop de tentatives de connexion échouées. Réessayez dans {{count}} minutes.',
      tooManyAttemptsSeconds_one:
        'Trop de tentatives de connexion échouées. Réessayez dans {{count}} seconde.',
      tooManyAttemptsSeconds_other:
        'Trop de tentatives de connexion échouées. Réessayez dans {{count}} secondes.',
      validation: 'Vérifiez vos saisies et réessayez.',
      unexpected: 'Une erreur s’est produite. Veuillez réessayer.',
      sessionEnded: 'Votre session a pris fin. Veuillez vous reconnecter.',
    },
    twoFactorRequired: 'L’authentification à deux facteurs est requise pour ce compte.',
    twoFactorEnrollmentRequired:
      'L’authentification à deux facteurs doit être configurée pour ce compte avant de pouvoir vous connecter.',
    passwordForgottenDialog: {
      title: 'Mot de passe oublié ?',
      body: 'La réinitialisation du mot de passe sera bientôt disponible ici. En attendant, demandez à un administrateur de votre locataire de le réinitialiser pour vous.',
    },
  },
  portal: {
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Menu principal',
    tenantLabel: 'Locataire',
    userLabel: 'Connecté en tant que',
    logOut: 'Se déconnecter',
    menu: {
      home: 'Accueil',
    },
    logoutFailed: 'La déconnexion n’a pas abouti. Veuillez réessayer.',
    loadError: 'Votre compte n’a pas pu être chargé.',
  },
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
      noRoles: 'Aucun rôle',
    },
  },
  roles: {
    admin: 'Administrateur',
    user: 'Utilisateur',
  },
  notFound: {
    heading: 'Page introuvable',
    body: 'La page que vous recherchez n’existe pas.',
    backHome: 'Aller à la page d’accueil',
  },
  errorPage: {
    heading: 'Une erreur s’est produite',
    body: 'Une erreur inattendue s’est produite. Rechargez la page pour réessayer.',
    reload: 'Recharger la page',
  },
};
