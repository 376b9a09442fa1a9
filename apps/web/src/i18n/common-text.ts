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
