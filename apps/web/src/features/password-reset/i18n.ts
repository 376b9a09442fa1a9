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
  newPassword: 'New password',
  newPasswordHint:
    'Use {{min}} to {{max}} characters, without your username or tenant domain. A few unrelated words make a strong password that is easy to remember.',
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
  newPassword: 'Neues Passwort',
  newPasswordHint:
    'Verwenden Sie {{min}} bis {{max}} Zeichen, ohne Ihren Benutzernamen oder Ihre Mandanten-Domain. Einige zusammenhanglose Wörter ergeben ein starkes Passwort, das man sich leicht merkt.',
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
  intro: 'Choisissez un nouveau mot de passe pour ce compte :',
  tenantDomain: 'Domaine du locataire',
  username: 'Nom d’utilisateur',
  newPassword: 'Nouveau mot de passe',
  newPasswordHint:
    'Utilisez de {{min}} à {{max}} caractères, sans votre nom d’utilisateur ni votre domaine du locataire. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.',
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
    too_short: 'Le mot de passe est trop court : utilisez au moins {{min}} caractères.',
    too_long: 'Le mot de passe est trop long : utilisez au plus {{max}} caractères.',
    common:
      'Ce mot de passe figure sur une liste de mots de passe courants ou compromis. Choisissez-en un autre.',
    contains_username: 'Le mot de passe ne doit pas contenir votre nom d’utilisateur.',
    contains_tenant_domain: 'Le mot de passe ne doit pas contenir votre domaine du locataire.',
  },
  rejected: 'Ce mot de passe ne peut pas être utilisé. Choisissez-en un autre.',
  submit: 'Changer le mot de passe',
  submitting: 'Modification du mot de passe…',
  invalid: {
    heading: 'Lien non valable',
    text: 'Ce lien n’est plus valable. Les liens fonctionnent une seule fois et pendant une durée limitée (30 minutes ; 7 jours pour un nouveau compte) ; un e-mail plus récent remplace les liens précédents.',
    newLink: 'Demander un nouveau lien',
  },
};

export const passwordResetText = { en, de, fr };
