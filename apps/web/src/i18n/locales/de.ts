import type { Translation } from './en';

export const de: Translation = {
  common: {
    productName: 'Unified Security Portal',
    documentTitle: '{{page}} – Unified Security Portal',
    language: 'Sprache',
    loading: 'Wird geladen …',
    close: 'Schließen',
    serviceUnavailable:
      'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in Kürze erneut.',
    tryAgain: 'Erneut versuchen',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  login: {
    heading: 'Anmelden',
    method: {
      legend: 'Wie möchten Sie sich anmelden?',
      unified: 'Login mit Unified-Security-Konto',
      resellerPortal: 'Login über das Reseller-Portal',
      resellerPortalHint: 'Die Anmeldung über das Reseller-Portal ist noch nicht verfügbar.',
    },
    tenantDomain: 'Mandanten-Domain',
    tenantDomainHint: 'Zum Beispiel acme-123456.tenant',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    passwordForgotten: 'Passwort vergessen?',
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
      tooManyAttemptsMinutes_one:
        'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minute erneut.',
      tooManyAttemptsMinutes_other:
        'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minuten erneut.',
      tooManyAttemptsSeconds_one:
        'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunde erneut.',
      tooManyAttemptsSeconds_other:
        'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunden erneut.',
      validation: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
      unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
      sessionEnded: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
    },
    twoFactorRequired: 'Für dieses Konto ist eine Zwei-Faktor-Authentifizierung erforderlich.',
    twoFactorEnrollmentRequired:
      'Für dieses Konto muss die Zwei-Faktor-Authentifizierung eingerichtet werden, bevor Sie sich anmelden können.',
    passwordForgottenDialog: {
      title: 'Passwort vergessen?',
      body: 'Das Zurücksetzen des Passworts ist hier bald möglich. Bitten Sie bis dahin eine Administratorin oder einen Administrator Ihres Mandanten, es für Sie zurückzusetzen.',
    },
  },
  portal: {
    skipToContent: 'Zum Hauptinhalt springen',
    mainNavigation: 'Hauptmenü',
    tenantLabel: 'Mandant',
    userLabel: 'Angemeldet als',
    logOut: 'Abmelden',
    menu: {
      home: 'Startseite',
    },
    logoutFailed: 'Die Abmeldung hat nicht funktioniert. Bitte versuchen Sie es erneut.',
    loadError: 'Ihr Konto konnte nicht geladen werden.',
  },
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
      noRoles: 'Keine Rollen',
    },
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
