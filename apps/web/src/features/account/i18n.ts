/**
 * The texts of Account → Security: the section `account` of the texts that app/texts.ts
 * assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  language: {
    heading: 'Language',
    intro:
      'E-mails about your account (password reset links, security notices) are written in this language. The portal switches to it too.',
    label: 'Language for e-mails',
    save: 'Save language',
    saving: 'Saving…',
    saved: 'Saved. Your e-mails will be written in this language.',
  },
  security: {
    documentTitle: 'Account security',
    heading: 'Account security',
    intro: 'How you sign in to the Unified Security Portal.',
    resellerPortal:
      'You sign in through the reseller portal. Your password and two-factor authentication are managed there.',
  },
  password: {
    heading: 'Password',
    intro: 'After the change, your other sessions end; this one stays signed in.',
    current: 'Current password',
    currentRequired: 'Enter your current password.',
    wrongCurrent: 'The current password is incorrect.',
    submit: 'Change password',
    submitting: 'Changing the password…',
    changed: 'Your password was changed. Your other sessions have ended.',
  },
  twoFactor: {
    heading: 'Two-factor authentication',
    status: 'Status',
    on: 'Enabled',
    off: 'Not enabled',
    onText: 'Signing in asks for a code from your authenticator app after your password.',
    offText:
      'Protect your account with a code from an authenticator app on your phone when you sign in.',
    requiredText: 'Your organisation requires two-factor authentication for your account.',
    enable: 'Enable two-factor authentication',
    requiredNote:
      'Your organisation requires two-factor authentication for your account, so it cannot be disabled.',
    disableHeading: 'Disable two-factor authentication',
    disableText:
      'Signing in then asks for your password only. You confirm it’s you before it is turned off.',
    disable: 'Disable',
    disabling: 'Disabling…',
    disabled: 'Two-factor authentication has been disabled.',
  },
};

export type AccountText = typeof en;

const de: AccountText = {
  language: {
    heading: 'Sprache',
    intro:
      'E-Mails zu Ihrem Konto (Links zum Zurücksetzen des Passworts, Sicherheitshinweise) werden in dieser Sprache verfasst. Das Portal wechselt ebenfalls in diese Sprache.',
    label: 'Sprache für E-Mails',
    save: 'Sprache speichern',
    saving: 'Wird gespeichert …',
    saved: 'Gespeichert. Ihre E-Mails werden in dieser Sprache verfasst.',
  },
  security: {
    documentTitle: 'Kontosicherheit',
    heading: 'Kontosicherheit',
    intro: 'Wie Sie sich beim Unified Security Portal anmelden.',
    resellerPortal:
      'Sie melden sich über das Reseller-Portal an. Ihr Passwort und Ihre Zwei-Faktor-Authentifizierung werden dort verwaltet.',
  },
  password: {
    heading: 'Passwort',
    intro: 'Nach der Änderung enden Ihre anderen Sitzungen; diese bleibt angemeldet.',
    current: 'Aktuelles Passwort',
    currentRequired: 'Geben Sie Ihr aktuelles Passwort ein.',
    wrongCurrent: 'Das aktuelle Passwort ist falsch.',
    submit: 'Passwort ändern',
    submitting: 'Das Passwort wird geändert…',
    changed: 'Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden beendet.',
  },
  twoFactor: {
    heading: 'Zwei-Faktor-Authentifizierung',
    status: 'Status',
    on: 'Aktiviert',
    off: 'Nicht aktiviert',
    onText: 'Die Anmeldung fragt nach dem Passwort einen Code aus Ihrer Authenticator-App ab.',
    offText:
      'Schützen Sie Ihr Konto bei der Anmeldung mit einem Code aus einer Authenticator-App auf Ihrem Smartphone.',
    requiredText: 'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
    enable: 'Zwei-Faktor-Authentifizierung aktivieren',
    requiredNote:
      'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung, daher kann sie nicht deaktiviert werden.',
    disableHeading: 'Zwei-Faktor-Authentifizierung deaktivieren',
    disableText:
      'Die Anmeldung fragt dann nur noch nach Ihrem Passwort. Vorher bestätigen Sie, dass Sie es sind.',
    disable: 'Deaktivieren',
    disabling: 'Wird deaktiviert …',
    disabled: 'Die Zwei-Faktor-Authentifizierung wurde deaktiviert.',
  },
};

const fr: AccountText = {
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
      'À la connexion, un code de votre application d’authentification est demandé après le mot de passe.',
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

export const accountText = { en, de, fr };
