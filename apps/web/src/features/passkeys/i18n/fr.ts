import type { PasskeysText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: PasskeysText = {
  passkey: 'Clé d’accès',
  signIn: 'Connexion par clé d’accès',
  useInstead: 'Utiliser plutôt une clé d’accès',
  useYours: 'Utiliser votre clé d’accès',
  orPassword: 'Ou confirmez avec votre mot de passe et votre code\u00a0:',
  add: 'Ajouter une clé d’accès',
  name: 'Nom de la clé d’accès',
  defaultName: 'Ma clé d’accès',
  nameRequired: 'Saisissez un nom pour la clé d’accès.',
  remove: 'Supprimer',
  rename: 'Renommer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  working: 'En attente de votre clé d’accès…',
  heading: 'Clés d’accès',
  intro:
    'Une clé d’accès vous connecte avec votre empreinte, votre visage, le verrouillage de l’écran ou une clé de sécurité, sans mot de passe, et compte comme authentification à deux facteurs. Elle ne peut pas être hameçonnée.',
  none: 'Vous n’avez pas encore de clé d’accès.',
  created: 'Ajoutée le {{date}}',
  lastUsed: 'Dernière utilisation le {{date}}',
  neverUsed: 'Pas encore utilisée',
  added: 'Clé d’accès ajoutée.',
  removed: 'Clé d’accès supprimée.',
  renamed: 'Clé d’accès renommée.',
  removeTitle: 'Supprimer la clé d’accès «\u00a0{{name}}\u00a0»\u00a0?',
  removeText: 'Elle ne vous connectera plus. Vous pourrez l’ajouter à nouveau plus tard.',
  lastFactor:
    'C’est votre dernier second facteur, et votre organisation exige l’authentification à deux facteurs. Ajoutez d’abord une autre clé d’accès ou une application d’authentification.',
  failed: 'La clé d’accès n’a pas été acceptée. Réessayez ou choisissez un autre moyen.',
  cancelled: 'Aucune clé d’accès n’a été utilisée.',
  notHere:
    'Les clés d’accès ne peuvent pas être utilisées à cette adresse du portail. Ouvrez le portail à son adresse habituelle ou choisissez un autre moyen.',
  activationIntro:
    'Au lieu d’une application d’authentification, vous pouvez utiliser une clé d’accès\u00a0: le verrouillage de l’écran de votre appareil ou une clé de sécurité.',
};
