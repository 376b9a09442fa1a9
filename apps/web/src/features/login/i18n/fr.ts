import type { LoginText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: LoginText = {
  heading: 'Connexion',
  tenantDomain: 'Domaine du locataire',
  tenantDomainHint: 'Par exemple acme-123456.tenant',
  username: 'Nom d’utilisateur',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion en cours…',
  passwordForgotten: 'Mot de passe oublié ?',
  lockoutOver: 'L’attente est terminée : vous pouvez de nouveau vous connecter.',
  notices: {
    passwordChanged:
      'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
    signedOut: 'Vous avez été déconnecté.',
    activationCancelled:
      'Connexion annulée. Votre compte exige l’authentification à deux facteurs : reconnectez-vous pour l’activer.',
    sessionRevoked: 'Votre session a été fermée. Veuillez vous reconnecter.',
    sessionExpired:
      'Votre session a expiré faute d’activité pendant un moment. Veuillez vous reconnecter.',
  },
  fieldErrors: {
    tenantDomainRequired: 'Saisissez le domaine de votre locataire.',
    tenantDomainTooLong: 'Le domaine du locataire ne doit pas dépasser {{max}} caractères.',
    tenantDomainInvalid: 'Vérifiez le domaine du locataire.',
    usernameRequired: 'Saisissez votre nom d’utilisateur.',
    usernameTooLong: 'Le nom d’utilisateur ne doit pas dépasser {{max}} caractères.',
    usernameInvalid: 'Vérifiez le nom d’utilisateur.',
    passwordRequired: 'Saisissez votre mot de passe.',
    passwordTooLong: 'Le mot de passe ne doit pas dépasser {{max}} caractères.',
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
      'Saisissez le domaine de votre locataire et votre nom d’utilisateur. Nous vous enverrons un e-mail avec un lien pour choisir un nouveau mot de passe.',
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
        other_account:
          'Vous avez confirmé avec un autre compte du portail revendeur que celui connecté ici. Reconnectez-vous avec votre propre compte.',
        unknown: 'La connexion via le portail revendeur n’a pas fonctionné. Veuillez réessayer.',
      },
      tryAgain: 'Réessayer',
      backToLogin: 'Retour à la connexion',
    },
  },
};
