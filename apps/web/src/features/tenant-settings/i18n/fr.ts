import type { TenantSettingsText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: TenantSettingsText = {
  documentTitle: 'Paramètres du locataire',
  heading: 'Paramètres du locataire',
  intro:
    'Règles de sécurité pour toutes les personnes qui se connectent à {{tenant}} ({{domain}}).',
  loadError: 'Les paramètres du locataire n’ont pas pu être chargés.',
  twoFactor: {
    heading: 'Authentification à deux facteurs',
    requiredFor: 'Authentification à deux facteurs obligatoire pour',
    admins: 'Les administrateurs',
    all: 'Tous les utilisateurs',
    graceUntil: 'Délai de grâce jusqu’au',
    graceHint:
      'D’ici là, les utilisateurs qui doivent utiliser l’authentification à deux facteurs sans l’avoir encore activée peuvent toujours se connecter et sont invités à l’activer. Laissez le champ vide pour l’exiger immédiatement.',
    graceEnded: 'Le dernier délai de grâce a pris fin le {{date}}.',
    clearGrace: 'Effacer la date',
    graceInvalid: 'Saisissez une date et une heure complètes.',
    gracePast:
      'Le délai de grâce doit se terminer dans le futur. Choisissez une date ultérieure ou effacez-la.',
    lacking_one:
      '{{count}} utilisateur sur {{total}} devant utiliser la 2FA ne l’a pas encore activée.',
    lacking_other:
      '{{count}} utilisateurs sur {{total}} devant utiliser la 2FA ne l’ont pas encore activée.',
    allActivated: 'Tous les utilisateurs devant utiliser la 2FA l’ont activée.',
  },
  save: 'Enregistrer les paramètres',
  saving: 'Enregistrement…',
  saved: 'Les paramètres ont été enregistrés.',
  errors: {
    forbidden: 'Vous n’êtes pas autorisé à modifier ces paramètres.',
  },
};
