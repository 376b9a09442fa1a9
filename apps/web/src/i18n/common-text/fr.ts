import type { CommonText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: CommonText = {
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
    introPasskeyOnly: 'Cette modification demande encore une fois votre clé d’accès.',
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
    hint: 'Utilisez de {{min}} à {{max}} caractères, sans votre nom d’utilisateur ni le domaine de votre locataire. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.',
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
      contains_tenant_domain: 'Le mot de passe ne doit pas contenir le domaine de votre locataire.',
    },
    rejected: 'Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre.',
  },
  /** A field's label when the form does not need it. */
  optionalField: '{{label}} (facultatif)',
  pager: {
    range: '{{from}}–{{to}} sur {{total}}',
    /** While the total is not known (the audit log counts none). */
    rangeOpen: '{{from}}–{{to}}',
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
