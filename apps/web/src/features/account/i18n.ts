/**
 * The texts of Account → Security: the section `account` of the texts that app/texts.ts
 * assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  security: {
    documentTitle: 'Account security',
    heading: 'Account security',
    intro: 'How you sign in to the Unified Security Portal.',
    resellerPortal:
      'You sign in through the reseller portal. Your password and two-factor authentication are managed there.',
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
      'To disable it, confirm with your password and a current code from your authenticator app.',
    password: 'Password',
    passwordRequired: 'Enter your password.',
    disable: 'Disable',
    disabling: 'Disabling…',
    disabled: 'Two-factor authentication has been disabled.',
    invalidPassword: 'The password is incorrect.',
    invalidCode: 'The code is not valid. Enter the current code from your authenticator app.',
  },
};

export type AccountText = typeof en;

const de: AccountText = {
  security: {
    documentTitle: 'Kontosicherheit',
    heading: 'Kontosicherheit',
    intro: 'Wie Sie sich beim Unified Security Portal anmelden.',
    resellerPortal:
      'Sie melden sich über das Reseller-Portal an. Ihr Passwort und Ihre Zwei-Faktor-Authentifizierung werden dort verwaltet.',
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
      'Bestätigen Sie dies mit Ihrem Passwort und einem aktuellen Code aus Ihrer Authenticator-App.',
    password: 'Passwort',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
    disable: 'Deaktivieren',
    disabling: 'Wird deaktiviert …',
    disabled: 'Die Zwei-Faktor-Authentifizierung wurde deaktiviert.',
    invalidPassword: 'Das Passwort ist falsch.',
    invalidCode:
      'Der Code ist ungültig. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.',
  },
};

const fr: AccountText = {
  security: {
    documentTitle: 'Sécurité du compte',
    heading: 'Sécurité du compte',
    intro: 'La façon dont vous vous connectez au Unified Security Portal.',
    resellerPortal:
      'Vous vous connectez via le portail revendeur. Votre mot de passe et votre authentification à deux facteurs y sont gérés.',
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
      'Votre organisation exige l’authentification à deux facteurs pour votre compte ; elle ne peut donc pas être désactivée.',
    disableHeading: 'Désactiver l’authentification à deux facteurs',
    disableText:
      'Pour la désactiver, confirmez avec votre mot de passe et un code actuel de votre application d’authentification.',
    password: 'Mot de passe',
    passwordRequired: 'Saisissez votre mot de passe.',
    disable: 'Désactiver',
    disabling: 'Désactivation…',
    disabled: 'L’authentification à deux facteurs a été désactivée.',
    invalidPassword: 'Le mot de passe est incorrect.',
    invalidCode:
      'Le code n’est pas valide. Saisissez le code actuel de votre application d’authentification.',
  },
};

export const accountText = { en, de, fr };
