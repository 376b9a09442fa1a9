import type { CommonText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: CommonText = {
  productName: 'Unified Security Portal',
  documentTitle: '{{page}} – Unified Security Portal',
  language: 'Sprache',
  loading: 'Wird geladen …',
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
    introPasskeyOnly: 'Für diese Änderung brauchen wir noch einmal Ihren Passkey.',
    introWithCode:
      'Für diese Änderung brauchen wir noch einmal Ihr Passwort und einen Code aus Ihrer Authenticator-App.',
    password: 'Passwort',
    codeHint: 'Oder einer Ihrer Wiederherstellungscodes.',
    confirm: 'Bestätigen',
    confirming: 'Wird bestätigt …',
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
    hint: 'Verwenden Sie {{min}} bis {{max}} Zeichen, ohne Ihren Benutzernamen oder Ihre Mandanten-Domain. Einige zusammenhanglose Wörter ergeben ein starkes Passwort, das Sie sich leicht merken können.',
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
  /** A field's label when the form does not need it. */
  optionalField: '{{label}} (optional)',
  pager: {
    range: '{{from}}–{{to}} von {{total}}',
    /** While the total is not known (the audit log counts none). */
    rangeOpen: '{{from}}–{{to}}',
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
