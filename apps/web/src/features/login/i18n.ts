/**
 * The texts of the sign-in page, its password-forgotten dialog and the reseller-portal sign-in:
 * the section `login` of the texts that app/texts.ts assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  heading: 'Sign in',
  tenantDomain: 'Tenant domain',
  tenantDomainHint: 'For example acme-123456.tenant',
  username: 'Username',
  password: 'Password',
  submit: 'Log in',
  submitting: 'Signing in…',
  passwordForgotten: 'Password forgotten?',
  passwordChanged: 'Your password was changed. Sign in with your new password.',
  fieldErrors: {
    tenantDomainRequired: 'Enter your tenant domain.',
    tenantDomainTooLong: 'The tenant domain can have at most {{max}} characters.',
    tenantDomainInvalid: 'Check the tenant domain.',
    usernameRequired: 'Enter your username.',
    usernameTooLong: 'The username can have at most {{max}} characters.',
    usernameInvalid: 'Check the username.',
    passwordRequired: 'Enter your password.',
    passwordTooLong: 'The password can have at most {{max}} characters.',
    passwordInvalid: 'Check the password.',
  },
  errors: {
    invalidCredentials: 'The tenant domain, username or password is incorrect.',
    invalidCredentialsOrResellerPortal:
      'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.',
    validation: 'Check your entries and try again.',
    sessionEnded: 'Your session has ended. Please sign in again.',
    loginExpired:
      'Your sign-in has expired or too many wrong codes were entered. Please sign in again.',
  },
  passwordForgottenDialog: {
    title: 'Reset your password',
    description:
      'Enter your tenant domain and username. We will send you an e-mail with a link to choose a new password.',
    submit: 'Send reset link',
    submitting: 'Sending…',
    cancel: 'Cancel',
    sent: 'If an account with these details exists, we have sent an e-mail with a link to reset the password. The link is valid for 30 minutes.',
  },
  resellerPortal: {
    or: 'or',
    start: 'Login with reseller portal',
    signedOut: 'You are signed out.',
    signOutThere: 'Also sign out of the reseller portal',
    refusal: {
      heading: 'Sign-in through the reseller portal failed',
      reasons: {
        not_linked:
          'Your reseller-portal account is not linked to an account in this portal. Ask your administrator to link it.',
        mfa_required:
          'Your account requires two-factor authentication. Activate it in the reseller portal and sign in again.',
        account_disabled:
          'Your account in this portal is deactivated. Ask your administrator to activate it.',
        cancelled:
          'The sign-in at the reseller portal was cancelled or did not complete. Please try again.',
        invalid_response:
          'The answer from the reseller portal could not be verified. Please try again.',
        unavailable:
          'The reseller portal cannot be reached at the moment. Please try again shortly.',
        other_account:
          'You confirmed with a different reseller-portal account than the one signed in here. Sign in again with your own account.',
        unknown: 'Signing in through the reseller portal did not work. Please try again.',
      },
      tryAgain: 'Try again',
      backToLogin: 'Back to login',
    },
  },
};

export type LoginText = typeof en;

const de: LoginText = {
  heading: 'Anmelden',
  tenantDomain: 'Mandanten-Domain',
  tenantDomainHint: 'Zum Beispiel acme-123456.tenant',
  username: 'Benutzername',
  password: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  passwordForgotten: 'Passwort vergessen?',
  passwordChanged: 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
  fieldErrors: {
    tenantDomainRequired: 'Geben Sie Ihre Mandanten-Domain ein.',
    tenantDomainTooLong: 'Die Mandanten-Domain darf höchstens {{max}} Zeichen lang sein.',
    tenantDomainInvalid: 'Prüfen Sie die Mandanten-Domain.',
    usernameRequired: 'Geben Sie Ihren Benutzernamen ein.',
    usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen lang sein.',
    usernameInvalid: 'Prüfen Sie den Benutzernamen.',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
    passwordTooLong: 'Das Passwort darf höchstens {{max}} Zeichen lang sein.',
    passwordInvalid: 'Prüfen Sie das Passwort.',
  },
  errors: {
    invalidCredentials: 'Mandanten-Domain, Benutzername oder Passwort ist falsch.',
    invalidCredentialsOrResellerPortal:
      'Mandanten-Domain, Benutzername oder Passwort ist falsch, oder dieses Konto meldet sich über das Reseller-Portal an.',
    validation: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    sessionEnded: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
    loginExpired:
      'Ihre Anmeldung ist abgelaufen oder es wurden zu viele falsche Codes eingegeben. Bitte melden Sie sich erneut an.',
  },
  passwordForgottenDialog: {
    title: 'Passwort zurücksetzen',
    description:
      'Geben Sie Ihre Mandanten-Domain und Ihren Benutzernamen ein. Wir senden Ihnen eine E-Mail mit einem Link, über den Sie ein neues Passwort wählen können.',
    submit: 'Link zum Zurücksetzen senden',
    submitting: 'Wird gesendet …',
    cancel: 'Abbrechen',
    sent: 'Falls ein Konto mit diesen Angaben existiert, haben wir eine E-Mail mit einem Link zum Zurücksetzen des Passworts gesendet. Der Link ist 30 Minuten lang gültig.',
  },
  resellerPortal: {
    or: 'oder',
    start: 'Login über das Reseller-Portal',
    signedOut: 'Sie sind abgemeldet.',
    signOutThere: 'Auch vom Reseller-Portal abmelden',
    refusal: {
      heading: 'Anmeldung über das Reseller-Portal fehlgeschlagen',
      reasons: {
        not_linked:
          'Ihr Konto im Reseller-Portal ist mit keinem Konto in diesem Portal verknüpft. Bitten Sie Ihre Administratorin oder Ihren Administrator, es zu verknüpfen.',
        mfa_required:
          'Für Ihr Konto ist die Zwei-Faktor-Authentifizierung erforderlich. Aktivieren Sie sie im Reseller-Portal und melden Sie sich erneut an.',
        account_disabled:
          'Ihr Konto in diesem Portal ist deaktiviert. Bitten Sie Ihre Administratorin oder Ihren Administrator, es zu aktivieren.',
        cancelled:
          'Die Anmeldung im Reseller-Portal wurde abgebrochen oder nicht abgeschlossen. Bitte versuchen Sie es erneut.',
        invalid_response:
          'Die Antwort des Reseller-Portals konnte nicht überprüft werden. Bitte versuchen Sie es erneut.',
        unavailable:
          'Das Reseller-Portal ist derzeit nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.',
        other_account:
          'Sie haben sich mit einem anderen Konto des Reseller-Portals bestätigt als dem, das hier angemeldet ist. Melden Sie sich mit Ihrem eigenen Konto erneut an.',
        unknown:
          'Die Anmeldung über das Reseller-Portal hat nicht funktioniert. Bitte versuchen Sie es erneut.',
      },
      tryAgain: 'Erneut versuchen',
      backToLogin: 'Zurück zur Anmeldung',
    },
  },
};

const fr: LoginText = {
  heading: 'Connexion',
  tenantDomain: 'Domaine du locataire',
  tenantDomainHint: 'Par exemple acme-123456.tenant',
  username: 'Nom d’utilisateur',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion en cours…',
  passwordForgotten: 'Mot de passe oublié ?',
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
        other_account:
          'Vous avez confirmé avec un autre compte du portail revendeur que celui connecté ici. Reconnectez-vous avec votre propre compte.',
        unknown: 'La connexion via le portail revendeur n’a pas fonctionné. Veuillez réessayer.',
      },
      tryAgain: 'Réessayer',
      backToLogin: 'Retour à la connexion',
    },
  },
};

export const loginText = { en, de, fr };
