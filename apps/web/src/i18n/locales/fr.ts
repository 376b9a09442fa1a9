import { auditLogText } from '@/features/audit-log/i18n';
import { sessionsText } from '@/features/sessions/i18n';
import { tenantSettingsText } from '@/features/tenant-settings/i18n';
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
    unexpected: 'Une erreur s’est produite. Veuillez réessayer.',
    tooManyAttemptsMinutes_one:
      'Trop de tentatives de connexion échouées. Réessayez dans {{count}} minute.',
    tooManyAttemptsMinutes_other:
      'Trop de tentatives de connexion échouées. Réessayez dans {{count}} minutes.',
    tooManyAttemptsSeconds_one:
      'Trop de tentatives de connexion échouées. Réessayez dans {{count}} seconde.',
    tooManyAttemptsSeconds_other:
      'Trop de tentatives de connexion échouées. Réessayez dans {{count}} secondes.',
    tooManyRequestsMinutes_one: 'Trop de demandes. Réessayez dans {{count}} minute.',
    tooManyRequestsMinutes_other: 'Trop de demandes. Réessayez dans {{count}} minutes.',
    tooManyRequestsSeconds_one: 'Trop de demandes. Réessayez dans {{count}} seconde.',
    tooManyRequestsSeconds_other: 'Trop de demandes. Réessayez dans {{count}} secondes.',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  apiErrors: {
    validation_error: 'Vérifiez votre saisie et réessayez.',
    invalid_credentials:
      'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect.',
    invalid_code: 'Le code n’est pas valide ou a déjà été utilisé.',
    login_expired: 'Cette étape de connexion a expiré. Veuillez vous reconnecter.',
    two_factor_required:
      'Votre organisation exige l’authentification à deux facteurs pour votre compte.',
    invalid_token: 'Ce lien n’est plus valide. Demandez un nouvel e-mail.',
    username_taken: 'Un autre utilisateur de ce locataire a déjà ce nom d’utilisateur.',
    last_admin:
      'Il s’agit du dernier administrateur actif du locataire. Attribuez d’abord le rôle d’administrateur à un autre utilisateur.',
    own_account:
      'Vous ne pouvez pas faire cela sur votre propre compte. Un autre administrateur le peut.',
    subject_taken: 'Ce compte du portail revendeur est déjà lié à un autre compte.',
    not_linked: 'Ce compte n’est pas lié au portail revendeur.',
    no_email:
      'Ce compte n’a pas d’adresse e-mail à laquelle envoyer le lien. Ajoutez-en une d’abord.',
    managed_by_reseller_portal:
      'Ce compte se connecte par le portail revendeur, qui gère son mot de passe et son nom d’utilisateur.',
    too_many_attempts: 'Trop de tentatives. Patientez un instant, puis réessayez.',
    weak_password: 'Choisissez un mot de passe plus sûr.',
    unauthenticated: 'Votre session a pris fin. Veuillez vous reconnecter.',
    forbidden: 'Vous n’avez pas l’autorisation de faire cela.',
    not_found: 'Cet élément n’existe plus. Il a peut-être été supprimé entre-temps.',
    payload_too_large: 'Votre saisie est trop longue.',
    unsupported_media_type: 'Une erreur s’est produite. Veuillez réessayer.',
    service_unavailable:
      'Le service est temporairement indisponible. Veuillez réessayer dans un instant.',
    internal_error: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
  },
  login: {
    heading: 'Connexion',
    tenantDomain: 'Domaine du locataire',
    tenantDomainHint: 'Par exemple acme-123456.tenant',
    username: 'Nom d’utilisateur',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    passwordForgotten: 'Mot de passe oublié ?',
    passwordChanged:
      'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
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
      invalidCredentialsOrResellerPortal:
        'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect, ou ce compte se connecte via le portail revendeur.',
      validation: 'Vérifiez vos saisies et réessayez.',
      sessionEnded: 'Votre session a pris fin. Veuillez vous reconnecter.',
      loginExpired:
        'Votre connexion a expiré ou trop de codes erronés ont été saisis. Veuillez vous reconnecter.',
    },
    passwordForgottenDialog: {
      title: 'Réinitialiser votre mot de passe',
      description:
        'Saisissez votre domaine du locataire et votre nom d’utilisateur. Nous vous enverrons un e-mail avec un lien pour choisir un nouveau mot de passe.',
      submit: 'Envoyer le lien de réinitialisation',
      submitting: 'Envoi en cours…',
      cancel: 'Annuler',
      sent: 'Si un compte correspondant à ces informations existe, nous avons envoyé un e-mail avec un lien pour réinitialiser le mot de passe. Le lien est valable 30 minutes.',
    },
    resellerPortal: {
      or: 'ou',
      start: 'Connexion via le portail revendeur',
      signedOut: 'Vous êtes déconnecté.',
      signOutThere: 'Se déconnecter aussi du portail revendeur',
      refusal: {
        heading: 'La connexion via le portail revendeur a échoué',
        reasons: {
          not_linked:
            'Votre compte du portail revendeur n’est associé à aucun compte de ce portail. Demandez à votre administrateur de l’associer.',
          mfa_required:
            'Votre compte exige l’authentification à deux facteurs. Activez-la dans le portail revendeur, puis reconnectez-vous.',
          account_disabled:
            'Votre compte dans ce portail est désactivé. Demandez à votre administrateur de l’activer.',
          cancelled:
            'La connexion au portail revendeur a été annulée ou n’a pas abouti. Veuillez réessayer.',
          invalid_response:
            'La réponse du portail revendeur n’a pas pu être vérifiée. Veuillez réessayer.',
          unavailable:
            'Le portail revendeur est injoignable pour le moment. Veuillez réessayer dans quelques instants.',
          unknown: 'La connexion via le portail revendeur n’a pas fonctionné. Veuillez réessayer.',
        },
        tryAgain: 'Réessayer',
        backToLogin: 'Retour à la connexion',
      },
    },
  },
  passwordReset: {
    heading: 'Changer le mot de passe',
    checking: 'Vérification du lien…',
    checkFailed: 'Le lien n’a pas pu être vérifié.',
    intro: 'Choisissez un nouveau mot de passe pour ce compte :',
    tenantDomain: 'Domaine du locataire',
    username: 'Nom d’utilisateur',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint:
      'Utilisez de {{min}} à {{max}} caractères, sans votre nom d’utilisateur ni votre domaine du locataire. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.',
    confirmPassword: 'Confirmer le mot de passe',
    confirmRequired: 'Saisissez le nouveau mot de passe une seconde fois.',
    mismatch: 'Les mots de passe ne correspondent pas.',
    showPasswords: 'Afficher les mots de passe',
    strength: 'Robustesse du mot de passe',
    strengthLevels: {
      weak: 'Faible',
      fair: 'Moyenne',
      good: 'Bonne',
      strong: 'Forte',
    },
    reasons: {
      too_short: 'Le mot de passe est trop court : utilisez au moins {{min}} caractères.',
      too_long: 'Le mot de passe est trop long : utilisez au plus {{max}} caractères.',
      common:
        'Ce mot de passe figure sur une liste de mots de passe courants ou compromis. Choisissez-en un autre.',
      contains_username: 'Le mot de passe ne doit pas contenir votre nom d’utilisateur.',
      contains_tenant_domain: 'Le mot de passe ne doit pas contenir votre domaine du locataire.',
    },
    rejected: 'Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre.',
    submit: 'Changer le mot de passe',
    submitting: 'Modification du mot de passe…',
    invalid: {
      heading: 'Lien non valable',
      text: 'Ce lien n’est plus valable. Les liens fonctionnent une seule fois et pendant une durée limitée (30 minutes ; 7 jours pour un nouveau compte) ; un e-mail plus récent remplace les liens précédents.',
      newLink: 'Demander un nouveau lien',
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
      customers: 'Clients',
      users: 'Utilisateurs',
      settings: 'Paramètres du locataire',
      audit: 'Journal d’audit',
      account: 'Compte',
      sessions: 'Sessions',
    },
    actingIn: 'Vous agissez pour {{name}}',
    switchCustomer: 'Changer de client',
    pager: {
      range: '{{from}}–{{to}} sur {{total}}',
      previous: 'Précédent',
      next: 'Suivant',
    },
    twoFactorBanner: {
      label: 'Avis de sécurité',
      text: 'L’authentification à deux facteurs sera obligatoire pour votre compte à partir du {{date}}. Activez-la dès maintenant pour conserver l’accès.',
      enable: 'Activer la 2FA',
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
      twoFactorAtPortal: 'Gérée par le portail revendeur',
      noRoles: 'Aucun rôle',
    },
  },
  twoFactor: {
    codeLabel: 'Code d’authentification',
    codeRequired: 'Saisissez le code à 6 chiffres de votre application d’authentification.',
    challenge: {
      title: 'Authentification à deux facteurs',
      totpDescription:
        'Saisissez le code à 6 chiffres que votre application d’authentification affiche pour ce compte.',
      recoveryDescription:
        'Saisissez l’un des codes de récupération que vous avez enregistrés lors de la configuration de l’authentification à deux facteurs.',
      recoveryCodeLabel: 'Code de récupération',
      recoveryCodeRequired: 'Saisissez l’un de vos codes de récupération.',
      verify: 'Vérifier',
      verifying: 'Vérification du code…',
      useRecoveryCode: 'Utiliser un code de récupération',
      useAuthenticatorApp: 'Utiliser l’application d’authentification',
      invalidCode:
        'Le code n’est pas valide. Saisissez le code actuel de votre application d’authentification.',
      invalidRecoveryCode: 'Le code de récupération n’est pas valide ou a déjà été utilisé.',
    },
    setup: {
      heading: 'Activer l’authentification à deux facteurs',
      intro:
        'L’authentification à deux facteurs protège votre compte : en plus de votre mot de passe, la connexion demande un code à 6 chiffres d’une application d’authentification sur votre téléphone.',
      introPending:
        'Votre organisation exige l’authentification à deux facteurs pour votre compte. Configurez-la maintenant pour terminer la connexion.',
      howItWorks: 'Comment ça marche ?',
      howItWorksTitle: 'Comment fonctionne l’authentification à deux facteurs',
      stepInstall:
        'Installez une application d’authentification sur votre téléphone, par exemple Google Authenticator, Microsoft Authenticator, Aegis ou 1Password. Toute application de codes temporels (RFC 6238) convient.',
      stepScan:
        'Dans l’application, ajoutez un compte et scannez le code QR de cette page. Si vous ne pouvez pas le scanner, saisissez plutôt la clé secrète.',
      stepEnter:
        'Saisissez le code à 6 chiffres que l’application affiche alors et choisissez « Activer ». Vous vous connectez ensuite avec votre mot de passe et un code actuel de l’application.',
      scanHeading: 'Scanner le code QR',
      scanText: 'Scannez ce code QR avec votre application d’authentification.',
      qrCode: 'Code QR',
      secretKey: 'Clé secrète',
      secretText:
        'Impossible de scanner le code ? Saisissez plutôt cette clé secrète dans l’application.',
      copy: 'Copier',
      copied: 'Copié',
      copyFailed: 'La copie n’a pas fonctionné ici. Sélectionnez le texte et copiez-le vous-même.',
      confirmHeading: 'Saisir le code',
      confirmText:
        'Saisissez le code à 6 chiffres que l’application affiche maintenant, pour confirmer que tout fonctionne.',
      activate: 'Activer',
      activating: 'Activation…',
      invalidCode:
        'Le code n’est pas valide. Vérifiez l’heure de votre téléphone et essayez le code actuel.',
      cancel: 'Annuler',
      preparing: 'Préparation de l’authentification à deux facteurs…',
      prepareFailed: 'L’authentification à deux facteurs n’a pas pu être préparée.',
      alreadyEnabled: 'L’authentification à deux facteurs est déjà activée pour votre compte.',
      backToPortal: 'Retour au portail',
    },
    recoveryCodes: {
      heading: 'Enregistrez vos codes de récupération',
      intro:
        'L’authentification à deux facteurs est maintenant activée. Si vous ne pouvez plus utiliser votre application d’authentification, connectez-vous avec l’un de ces codes de récupération.',
      note: 'Chaque code ne fonctionne qu’une seule fois. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe : ils ne sont affichés que maintenant.',
      listLabel: 'Codes de récupération',
      copy: 'Copier les codes',
      download: 'Télécharger',
      continue: 'Continuer vers le portail',
      fileHeading: '{{product}} – codes de récupération',
      fileTenant: 'Domaine du locataire : {{tenant}}',
      fileUsername: 'Nom d’utilisateur : {{username}}',
      fileAccount: 'Compte : {{account}}',
      fileCreated: 'Créé le : {{date}}',
      fileNote: 'Chaque code ne fonctionne qu’une seule fois.',
    },
  },
  account: {
    security: {
      documentTitle: 'Sécurité du compte',
      heading: 'Sécurité du compte',
      intro: 'La façon dont vous vous connectez au Unified Security Portal.',
      resellerPortal:
        'Vous vous connectez via le portail revendeur. Votre mot de passe et votre authentification à deux facteurs y sont gérés.',
    },
    twoFactor: {
      heading: 'Authentification à deux facteurs',
      status: 'Statut',
      on: 'Activée',
      off: 'Non activée',
      onText:
        'À la connexion, un code de votre application d’authentification est demandé après le mot de passe.',
      offText:
        'Protégez votre compte à la connexion avec un code d’une application d’authentification sur votre téléphone.',
      requiredText:
        'Votre organisation exige l’authentification à deux facteurs pour votre compte.',
      enable: 'Activer l’authentification à deux facteurs',
      requiredNote:
        'Votre organisation exige l’authentification à deux facteurs pour votre compte ; elle ne peut donc pas être désactivée.',
      disableHeading: 'Désactiver l’authentification à deux facteurs',
      disableText:
        'Pour la désactiver, confirmez avec votre mot de passe et un code actuel de votre application d’authentification.',
      password: 'Mot de passe',
      passwordRequired: 'Saisissez votre mot de passe.',
      disable: 'Désactiver',
      disabling: 'Désactivation…',
      disabled: 'L’authentification à deux facteurs a été désactivée.',
      invalidPassword: 'Le mot de passe est incorrect.',
      invalidCode:
        'Le code n’est pas valide. Saisissez le code actuel de votre application d’authentification.',
    },
  },
  customers: {
    documentTitle: 'Sélectionner un client',
    heading: 'Sélectionner un client',
    intro:
      'Choisissez le locataire client dans lequel travailler. Les clients utilisés le plus récemment apparaissent en premier.',
    search: 'Rechercher des clients',
    searchHint: 'Partie d’un nom de client ou d’un domaine de locataire',
    caption: 'Clients',
    pages: 'Pages des clients',
    empty: 'Aucun client trouvé.',
    loadError: 'Les clients n’ont pas pu être chargés.',
    columns: {
      name: 'Client',
      domain: 'Domaine du locataire',
      lastUsed: 'Dernière utilisation',
      action: 'Action',
    },
    notUsedYet: 'Pas encore utilisé',
    current: 'Actuel',
    select: 'Sélectionner',
    selectCustomer: 'Sélectionner {{name}}',
    switching: 'Passage à {{name}}…',
    backToOwn: 'Revenir à {{name}}',
    backToOwnText: 'Vous travaillez dans {{name}}.',
    backToOwnDone: 'Vous travaillez de nouveau dans {{name}}.',
    errors: {
      notFound: 'Ce client n’est pas disponible. La liste a été mise à jour.',
      forbidden: 'Vous n’êtes pas autorisé à sélectionner des clients.',
    },
  },
  users: {
    documentTitle: 'Utilisateurs',
    heading: 'Gestion des utilisateurs',
    intro: 'Les personnes qui peuvent se connecter à ce locataire.',
    search: 'Rechercher des utilisateurs',
    searchHint: 'Partie d’un nom d’utilisateur, d’un nom ou d’une adresse e-mail',
    caption: 'Utilisateurs',
    pages: 'Pages des utilisateurs',
    empty: 'Aucun utilisateur trouvé.',
    loadError: 'Les utilisateurs n’ont pas pu être chargés.',
    columns: {
      username: 'Nom d’utilisateur',
      name: 'Nom',
      email: 'E-mail',
      roles: 'Rôles',
      twoFactor: 'Deux facteurs',
      lastLogin: 'Dernière connexion',
      options: 'Options',
    },
    noEmail: 'Aucune adresse e-mail',
    noRoles: 'Aucun rôle',
    twoFactorOn: 'Activée',
    twoFactorOff: 'Non activée',
    neverSignedIn: 'Jamais',
    deactivated: 'Désactivé',
    resellerPortal: 'Lié au portail revendeur',
    options: {
      button: 'Options de l’utilisateur',
      edit: 'Modifier l’utilisateur',
      resetPassword: 'Réinitialiser le mot de passe',
      resetTwoFactor: 'Réinitialiser la 2FA',
      linkResellerPortal: 'Associer au portail revendeur',
      unlinkResellerPortal: 'Dissocier du portail revendeur',
      deactivate: 'Désactiver l’utilisateur',
      activate: 'Activer l’utilisateur',
      delete: 'Supprimer l’utilisateur',
    },
    form: {
      username: 'Nom d’utilisateur',
      usernameHint:
        '{{min}} à {{max}} caractères : lettres, chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
      usernameManaged: 'Géré par le portail revendeur.',
      displayName: 'Nom affiché',
      email: 'E-mail',
      role: 'Rôle',
      noRole: 'Aucun rôle',
      errors: {
        usernameRequired: 'Saisissez un nom d’utilisateur.',
        usernameTooShort: 'Le nom d’utilisateur doit comporter au moins {{min}} caractères.',
        usernameTooLong: 'Le nom d’utilisateur peut comporter au plus {{max}} caractères.',
        usernameCharacters:
          'Utilisez uniquement des lettres, des chiffres et . _ @ -, en commençant par une lettre ou un chiffre.',
        usernameTaken: 'Un autre utilisateur de ce locataire a déjà ce nom d’utilisateur.',
        displayNameTooLong: 'Le nom affiché peut comporter au plus {{max}} caractères.',
        displayNameInvalid: 'Vérifiez le nom affiché.',
        emailRequired: 'Saisissez une adresse e-mail.',
        emailTooLong: 'L’adresse e-mail peut comporter au plus {{max}} caractères.',
        emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
        roleRequired: 'Choisissez un rôle.',
      },
    },
    create: {
      button: 'Créer un utilisateur',
      title: 'Créer un utilisateur',
      description:
        'Le nouvel utilisateur reçoit un e-mail avec un lien pour définir son mot de passe.',
      submit: 'Créer et envoyer l’e-mail',
      busy: 'Création de l’utilisateur…',
      done: 'Utilisateur créé. Un e-mail pour définir le mot de passe a été envoyé à {{email}}.',
    },
    edit: {
      title: 'Modifier l’utilisateur',
      description: 'Modifiez les informations et le rôle de {{username}}.',
      submit: 'Enregistrer les modifications',
      busy: 'Enregistrement…',
      done: 'Les modifications de {{username}} ont été enregistrées.',
    },
    deactivate: {
      title: 'Désactiver l’utilisateur',
      text: '{{username}} ne pourra plus se connecter, et ses sessions ouvertes prennent fin immédiatement.',
      confirm: 'Désactiver',
      busy: 'Désactivation…',
      done: '{{username}} a été désactivé.',
    },
    activate: {
      title: 'Activer l’utilisateur',
      text: '{{username}} pourra de nouveau se connecter.',
      confirm: 'Activer',
      busy: 'Activation…',
      done: '{{username}} a été activé.',
    },
    delete: {
      title: 'Supprimer l’utilisateur',
      text: 'Supprimer {{username}} ? Le compte et ses données de connexion sont définitivement supprimés.',
      confirm: 'Supprimer',
      busy: 'Suppression…',
      done: '{{username}} a été supprimé.',
    },
    resetPassword: {
      title: 'Réinitialiser le mot de passe',
      text: '{{username}} recevra un e-mail avec un lien pour définir un nouveau mot de passe.',
      confirm: 'Envoyer l’e-mail',
      busy: 'Envoi…',
      done: 'Un e-mail de réinitialisation du mot de passe a été envoyé à {{username}}.',
    },
    resetTwoFactor: {
      title: 'Réinitialiser l’authentification à deux facteurs',
      text: '{{username}} devra configurer à nouveau l’authentification à deux facteurs lors de sa prochaine connexion.',
      confirm: 'Réinitialiser la 2FA',
      busy: 'Réinitialisation…',
      done: 'L’authentification à deux facteurs de {{username}} a été réinitialisée.',
    },
    linkResellerPortal: {
      title: 'Associer au portail revendeur',
      description:
        '{{username}} se connectera désormais via le portail revendeur. Son mot de passe et son authentification à deux facteurs ici sont supprimés, et ses sessions ouvertes prennent fin.',
      subject: 'Identifiant (subject) du portail revendeur',
      subjectHint: 'L’identifiant du compte dans le portail revendeur.',
      submit: 'Associer le compte',
      busy: 'Association en cours…',
      done: '{{username}} est désormais associé au portail revendeur.',
      errors: {
        required: 'Saisissez l’identifiant du compte dans le portail revendeur.',
        invalid: 'Vérifiez l’identifiant du portail revendeur.',
        alreadyLinked: 'Ce compte du portail revendeur est déjà associé à un autre utilisateur.',
      },
    },
    unlinkResellerPortal: {
      title: 'Dissocier du portail revendeur',
      text: '{{username}} ne se connectera plus via le portail revendeur. Un e-mail avec un lien pour définir un mot de passe lui sera envoyé ; la connexion ici sera possible une fois le mot de passe défini.',
      confirm: 'Dissocier',
      busy: 'Dissociation en cours…',
      done: '{{username}} a été dissocié du portail revendeur. Un e-mail pour définir un mot de passe a été envoyé.',
      errors: {
        noEmail:
          'Ce compte n’a pas d’adresse e-mail pour le lien de définition du mot de passe. Ajoutez-en une d’abord avec « Modifier l’utilisateur ».',
        notLinked: 'Ce compte n’est plus associé au portail revendeur. La liste a été mise à jour.',
      },
    },
    cancel: 'Annuler',
    errors: {
      notFound: 'Cet utilisateur n’existe plus.',
      forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
      lastAdmin:
        'Il s’agit du dernier administrateur actif du locataire. Attribuez d’abord le rôle d’administrateur à un autre utilisateur.',
      ownAccount: {
        demote:
          'Vous ne pouvez pas retirer votre propre rôle d’administrateur. Un autre administrateur peut le faire.',
        deactivate:
          'Vous ne pouvez pas désactiver votre propre compte. Un autre administrateur peut le faire.',
        delete:
          'Vous ne pouvez pas supprimer votre propre compte. Un autre administrateur peut le faire.',
      },
      validation: 'Vérifiez vos saisies et réessayez.',
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
  tenantSettings: tenantSettingsText.fr,
  sessions: sessionsText.fr,
  auditLog: auditLogText.fr,
};
