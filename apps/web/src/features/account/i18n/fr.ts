import type { AccountText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: AccountText = {
  language: {
    heading: 'Langue',
    intro:
      'Les e-mails concernant votre compte (liens de réinitialisation du mot de passe, alertes de sécurité) sont rédigés dans cette langue. Le portail passe également à cette langue.',
    label: 'Langue des e-mails',
    save: 'Enregistrer la langue',
    saving: 'Enregistrement…',
    saved: 'Enregistré. Vos e-mails seront rédigés dans cette langue.',
  },
  security: {
    documentTitle: 'Sécurité du compte',
    heading: 'Sécurité du compte',
    intro: 'La façon dont vous vous connectez au Unified Security Portal.',
    resellerPortal:
      'Vous vous connectez via le portail revendeur. Votre mot de passe et votre authentification à deux facteurs y sont gérés.',
  },
  password: {
    heading: 'Mot de passe',
    intro: 'Après la modification, vos autres sessions prennent fin ; celle-ci reste connectée.',
    current: 'Mot de passe actuel',
    currentRequired: 'Saisissez votre mot de passe actuel.',
    wrongCurrent: 'Le mot de passe actuel est incorrect.',
    submit: 'Changer le mot de passe',
    submitting: 'Modification du mot de passe…',
    changed: 'Votre mot de passe a été modifié. Vos autres sessions ont pris fin.',
  },
  twoFactor: {
    heading: 'Authentification à deux facteurs',
    status: 'Statut',
    on: 'Activée',
    off: 'Non activée',
    onText:
      'À la connexion, vous saisissez après le mot de passe le code affiché par votre application d’authentification.',
    offText:
      'Protégez votre compte à la connexion avec un code d’une application d’authentification sur votre téléphone.',
    requiredText: 'Votre organisation exige l’authentification à deux facteurs pour votre compte.',
    enable: 'Activer l’authentification à deux facteurs',
    requiredNote:
      'Votre organisation exige l’authentification à deux facteurs pour votre compte ; elle ne peut donc pas être désactivée.',
    disableHeading: 'Désactiver l’authentification à deux facteurs',
    disableText:
      'La connexion ne demandera alors plus que votre mot de passe. Vous confirmez votre identité avant la désactivation.',
    disable: 'Désactiver',
    disabling: 'Désactivation…',
    disabled: 'L’authentification à deux facteurs a été désactivée.',
  },
};
