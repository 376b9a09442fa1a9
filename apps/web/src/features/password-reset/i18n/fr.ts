import type { PasswordResetText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: PasswordResetText = {
  heading: 'Changer le mot de passe',
  headingNewAccount: 'Définir votre mot de passe',
  headingChecking: 'Votre mot de passe',
  checking: 'Vérification du lien…',
  checkFailed: 'Le lien n’a pas pu être vérifié.',
  intro: 'Choisissez un nouveau mot de passe pour ce compte :',
  introNewAccount: 'Choisissez un mot de passe pour votre nouveau compte :',
  tenantDomain: 'Domaine du locataire',
  username: 'Nom d’utilisateur',
  submit: 'Changer le mot de passe',
  submitting: 'Modification du mot de passe…',
  submitNewAccount: 'Définir le mot de passe',
  submittingNewAccount: 'Définition du mot de passe…',
  invalid: {
    heading: 'Lien non valable',
    text: 'Ce lien n’est plus valable. Les liens fonctionnent une seule fois et pendant une durée limitée (30 minutes ; 7 jours pour un nouveau compte) ; un e-mail plus récent remplace les liens précédents.',
    newLink: 'Demander un nouveau lien',
  },
};
