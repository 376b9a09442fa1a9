/**
 * The texts that components/, hooks/ and lib/ use, and those that several features share: the
 * section `common` of the texts that app/texts.ts assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  productName: 'Unified Security Portal',
  documentTitle: '{{page}} – Unified Security Portal',
  language: 'Language',
  loading: 'Loading…',
  close: 'Close',
  serviceUnavailable: 'The service is temporarily unavailable. Please try again shortly.',
  tryAgain: 'Try again',
  unexpected: 'Something went wrong. Please try again.',
  tooManyAttemptsMinutes_one: 'Too many failed sign-in attempts. Try again in {{count}} minute.',
  tooManyAttemptsMinutes_other: 'Too many failed sign-in attempts. Try again in {{count}} minutes.',
  tooManyAttemptsSeconds_one: 'Too many failed sign-in attempts. Try again in {{count}} second.',
  tooManyAttemptsSeconds_other: 'Too many failed sign-in attempts. Try again in {{count}} seconds.',
  tooManyRequestsMinutes_one: 'Too many requests. Try again in {{count}} minute.',
  tooManyRequestsMinutes_other: 'Too many requests. Try again in {{count}} minutes.',
  tooManyRequestsSeconds_one: 'Too many requests. Try again in {{count}} second.',
  tooManyRequestsSeconds_other: 'Too many requests. Try again in {{count}} seconds.',
  totpCode: {
    label: 'Authentication code',
    required: 'Enter the 6-digit code from your authenticator app.',
  },
  stepUp: {
    heading: 'Confirm it’s you',
    intro: 'This change needs your password once more.',
    introWithCode:
      'This change needs your password once more, and a code from your authenticator app.',
    password: 'Password',
    codeHint: 'Or one of your recovery codes.',
    confirm: 'Confirm',
    confirming: 'Confirming…',
    cancel: 'Cancel',
    wrongPassword: 'The password is incorrect.',
    resellerPortal:
      'Your account signs in through the reseller portal. Confirm it there; then do the change again.',
    resellerPortalButton: 'Confirm at the reseller portal',
    cancelled: 'Nothing was changed: this change needs you to confirm it’s you.',
  },
  newPassword: {
    label: 'New password',
    hint: 'Use {{min}} to {{max}} characters, without your username or tenant domain. A few unrelated words make a strong password that is easy to remember.',
    confirmPassword: 'Confirm password',
    confirmRequired: 'Enter the new password a second time.',
    mismatch: 'The passwords do not match.',
    showPasswords: 'Show passwords',
    strength: 'Password strength',
    strengthLevels: {
      weak: 'Weak',
      fair: 'Fair',
      good: 'Good',
      strong: 'Strong',
    },
    reasons: {
      too_short: 'The password is too short: use at least {{min}} characters.',
      too_long: 'The password is too long: use at most {{max}} characters.',
      common:
        'This password is on a list of common or breached passwords. Choose a different password.',
      contains_username: 'The password must not contain your username.',
      contains_tenant_domain: 'The password must not contain your tenant domain.',
    },
    rejected: 'This password cannot be used. Choose a different password.',
  },
  pager: {
    range: '{{from}}–{{to}} of {{total}}',
    previous: 'Previous',
    next: 'Next',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  roles: {
    admin: 'Administrator',
    user: 'User',
  },
  notFound: {
    heading: 'Page not found',
    body: 'The page you are looking for does not exist.',
    backHome: 'Go to the start page',
  },
  errorPage: {
    heading: 'Something went wrong',
    body: 'An unexpected error occurred. Reload the page to try again.',
    reload: 'Reload page',
  },
};

export type CommonText = typeof en;

const de: CommonText = {
  productName: 'Unified Security Portal',
  documentTitle: '{{page}} – Unified Security Portal',
  language: 'Sprache',
  loading: 'Wird geladen …',
  close: 'Schließen',
  serviceUnavailable:
    'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in Kürze erneut.',
  tryAgain: 'Erneut versuchen',
  unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  tooManyAttemptsMinutes_one:
    'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minute erneut.',
  tooManyAttemptsMinutes_other:
    'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minuten erneut.',
  tooManyAttemptsSeconds_one:
    'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunde erneut.',
  tooManyAttemptsSeconds_other:
    'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunden erneut.',
  tooManyRequestsMinutes_one: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Minute erneut.',
  tooManyRequestsMinutes_other: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Minuten erneut.',
  tooManyRequestsSeconds_one: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Sekunde erneut.',
  tooManyRequestsSeconds_other: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Sekunden erneut.',
  totpCode: {
    label: 'Authentifizierungscode',
    required: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
  },
  stepUp: {
    heading: 'Bestätigen Sie, dass Sie es sind',
    intro: 'Für diese Änderung brauchen wir noch einmal Ihr Passwort.',
    introWithCode:
      'Für diese Änderung brauchen wir noch einmal Ihr Passwort und einen Code aus Ihrer Authenticator-App.',
    password: 'Passwort',
    codeHint: 'Oder einer Ihrer Wiederherstellungscodes.',
    confirm: 'Bestätigen',
    confirming: 'Wird bestätigt…',
    cancel: 'Abbrechen',
    wrongPassword: 'Das Passwort ist falsch.',
    resellerPortal:
      'Ihr Konto meldet sich über das Reseller-Portal an. Bestätigen Sie es dort und nehmen Sie die Änderung dann erneut vor.',
    resellerPortalButton: 'Im Reseller-Portal bestätigen',
    cancelled:
      'Es wurde nichts geändert: Für diese Änderung müssen Sie bestätigen, dass Sie es sind.',
  },
  newPassword: {
    label: 'Neues Passwort',
    hint: 'Verwenden Sie {{min}} bis {{max}} Zeichen, ohne Ihren Benutzernamen oder Ihre Mandanten-Domain. Einige zusammenhanglose Wörter ergeben ein starkes Passwort, das man sich leicht merkt.',
    confirmPassword: 'Passwort bestätigen',
    confirmRequired: 'Geben Sie das neue Passwort ein zweites Mal ein.',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    showPasswords: 'Passwörter anzeigen',
    strength: 'Passwortstärke',
    strengthLevels: {
      weak: 'Schwach',
      fair: 'Mittel',
      good: 'Gut',
      strong: 'Stark',
    },
    reasons: {
      too_short: 'Das Passwort ist zu kurz: Verwenden Sie mindestens {{min}} Zeichen.',
      too_long: 'Das Passwort ist zu lang: Verwenden Sie höchstens {{max}} Zeichen.',
      common:
        'Dieses Passwort steht auf einer Liste häufiger oder kompromittierter Passwörter. Wählen Sie ein anderes Passwort.',
      contains_username: 'Das Passwort darf Ihren Benutzernamen nicht enthalten.',
      contains_tenant_domain: 'Das Passwort darf Ihre Mandanten-Domain nicht enthalten.',
    },
    rejected: 'Dieses Passwort kann nicht verwendet werden. Wählen Sie ein anderes Passwort.',
  },
  pager: {
    range: '{{from}}–{{to}} von {{total}}',
    previous: 'Zurück',
    next: 'Weiter',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  roles: {
    admin: 'Administrator',
    user: 'Benutzer',
  },
  notFound: {
    heading: 'Seite nicht gefunden',
    body: 'Die gesuchte Seite existiert nicht.',
    backHome: 'Zur Startseite',
  },
  errorPage: {
    heading: 'Etwas ist schiefgelaufen',
    body: 'Ein unerwarteter Fehler ist aufgetreten. Laden Sie die Seite neu, um es erneut zu versuchen.',
    reload: 'Seite neu laden',
  },
};

const fr: CommonText = {
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
  totpCode: {
    label: 'Code d’authentification',
    required: 'Saisissez le code à 6 chiffres de votre application d’authentification.',
  },
  stepUp: {
    heading: 'Confirmez votre identité',
    intro: 'Cette modification demande encore une fois votre mot de passe.',
    introWithCode:
      'Cette modification demande encore une fois votre mot de passe et un code de votre application d’authentification.',
    password: 'Mot de passe',
    codeHint: 'Ou l’un de vos codes de récupération.',
    confirm: 'Confirmer',
    confirming: 'Confirmation…',
    cancel: 'Annuler',
    wrongPassword: 'Le mot de passe est incorrect.',
    resellerPortal:
      'Votre compte se connecte par le portail revendeur. Confirmez-le là-bas, puis refaites la modification.',
    resellerPortalButton: 'Confirmer sur le portail revendeur',
    cancelled: 'Rien n’a été modifié : cette modification demande de confirmer votre identité.',
  },
  newPassword: {
    label: 'Nouveau mot de passe',
    hint: 'Utilisez de {{min}} à {{max}} caractères, sans votre nom d’utilisateur ni votre domaine du locataire. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.',
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
      too_short: 'Le mot de passe est trop court : utilisez au moins {{min}} caractères.',
      too_long: 'Le mot de passe est trop long : utilisez au plus {{max}} caractères.',
      common:
        'Ce mot de passe figure sur une liste de mots de passe courants ou compromis. Choisissez-en un autre.',
      contains_username: 'Le mot de passe ne doit pas contenir votre nom d’utilisateur.',
      contains_tenant_domain: 'Le mot de passe ne doit pas contenir votre domaine du locataire.',
    },
    rejected: 'Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre.',
  },
  pager: {
    range: '{{from}}–{{to}} sur {{total}}',
    previous: 'Précédent',
    next: 'Suivant',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
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

export const commonText = { en, de, fr };
