import type { LoginText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: LoginText = {
  heading: 'Anmelden',
  tenantDomain: 'Mandanten-Domain',
  tenantDomainHint: 'Zum Beispiel acme-123456.tenant',
  username: 'Benutzername',
  password: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  passwordForgotten: 'Passwort vergessen?',
  lockoutOver: 'Die Wartezeit ist vorbei: Sie können sich wieder anmelden.',
  notices: {
    passwordChanged: 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
    signedOut: 'Sie wurden abgemeldet.',
    activationCancelled:
      'Anmeldung abgebrochen. Ihr Konto benötigt die Zwei-Faktor-Authentifizierung: Melden Sie sich erneut an, um sie zu aktivieren.',
    sessionRevoked: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
    sessionExpired:
      'Ihre Sitzung ist abgelaufen, weil sie eine Weile nicht genutzt wurde. Bitte melden Sie sich erneut an.',
  },
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
      'Mandanten-Domain, Benutzername oder Passwort ist falsch – oder die Anmeldung für dieses Konto erfolgt über das Reseller-Portal.',
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
    submitting: 'Wird gesendet …',
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
