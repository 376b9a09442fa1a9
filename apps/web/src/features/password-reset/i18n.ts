/**
 * The texts of Change password, the page that a reset link opens: the section `passwordReset` of
 * the texts that app/texts.ts assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  heading: 'Change password',
  checking: 'Checking the link…',
  checkFailed: 'The link could not be checked.',
  intro: 'Choose a new password for this account:',
  tenantDomain: 'Tenant domain',
  username: 'Username',
  submit: 'Change password',
  submitting: 'Changing the password…',
  invalid: {
    heading: 'Link no longer valid',
    text: 'This link is no longer valid. Links work once and for a limited time (30 minutes; 7 days for a new account); a newer e-mail replaces older links.',
    newLink: 'Send a new link',
  },
};

export type PasswordResetText = typeof en;

const de: PasswordResetText = {
  heading: 'Passwort ändern',
  checking: 'Der Link wird geprüft …',
  checkFailed: 'Der Link konnte nicht geprüft werden.',
  intro: 'Wählen Sie ein neues Passwort für dieses Konto:',
  tenantDomain: 'Mandanten-Domain',
  username: 'Benutzername',
  submit: 'Passwort ändern',
  submitting: 'Das Passwort wird geändert …',
  invalid: {
    heading: 'Link nicht mehr gültig',
    text: 'Dieser Link ist nicht mehr gültig. Links funktionieren einmal und begrenzte Zeit (30 Minuten; 7 Tage für ein neues Konto); eine neuere E-Mail ersetzt ältere Links.',
    newLink: 'Neuen Link anfordern',
  },
};

const fr: PasswordResetText = {
  heading: 'Changer le mot de passe',
  checking: 'Vérification du lien…',
  checkFailed: 'Le lien n’a pas pu être vérifié.',
  intro: 'Choisissez un nouveau mot de passe pour ce compte :',
  tenantDomain: 'Domaine du locataire',
  username: 'Nom d’utilisateur',
  submit: 'Changer le mot de passe',
  submitting: 'Modification du mot de passe…',
  invalid: {
    heading: 'Lien non valable',
    text: 'Ce lien n’est plus valable. Les liens fonctionnent une seule fois et pendant une durée limitée (30 minutes ; 7 jours pour un nouveau compte) ; un e-mail plus récent remplace les liens précédents.',
    newLink: 'Demander un nouveau lien',
  },
};

export const passwordResetText = { en, de, fr };
