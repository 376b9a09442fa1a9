/**
 * The texts of the 2FA challenge, the activation and the recovery codes: the section `twoFactor`
 * of the texts that app/texts.ts assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
  challenge: {
    title: 'Two-factor authentication',
    totpDescription: 'Enter the 6-digit code that your authenticator app shows for this account.',
    recoveryDescription:
      'Enter one of the recovery codes that you saved when you set up two-factor authentication.',
    recoveryCodeLabel: 'Recovery code',
    recoveryCodeRequired: 'Enter one of your recovery codes.',
    verify: 'Verify',
    verifying: 'Checking the code…',
    useRecoveryCode: 'Use a recovery code',
    useAuthenticatorApp: 'Use the authenticator app',
    invalidCode: 'The code is not valid. Enter the current code from your authenticator app.',
    invalidRecoveryCode: 'The recovery code is not valid or was already used.',
  },
  setup: {
    heading: 'Enable two-factor authentication',
    intro:
      'Two-factor authentication protects your account: besides your password, signing in asks for a 6-digit code from an authenticator app on your phone.',
    introPending:
      'Your organisation requires two-factor authentication for your account. Set it up now to finish signing in.',
    howItWorks: 'How does this work?',
    howItWorksTitle: 'How two-factor authentication works',
    stepInstall:
      'Install an authenticator app on your phone, for example Google Authenticator, Microsoft Authenticator, Aegis or 1Password. Any app for time-based codes (RFC 6238) works.',
    stepScan:
      'In the app, add an account and scan the QR code on this page. If you cannot scan it, type the secret key instead.',
    stepEnter:
      'Enter the 6-digit code that the app then shows and select “Activate”. From then on you sign in with your password and a current code from the app.',
    scanHeading: 'Scan the QR code',
    scanText: 'Scan this QR code with your authenticator app.',
    qrCode: 'QR code',
    secretKey: 'Secret key',
    secretText: 'Cannot scan the code? Enter this secret key in the app instead.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work here. Select the text and copy it yourself.',
    confirmHeading: 'Enter the code',
    confirmText: 'Enter the 6-digit code that the app now shows, to confirm that everything works.',
    activate: 'Activate',
    activating: 'Activating…',
    invalidCode: 'The code is not valid. Check the time on your phone and try the current code.',
    cancel: 'Cancel',
    preparing: 'Preparing two-factor authentication…',
    prepareFailed: 'Two-factor authentication could not be prepared.',
    alreadyEnabled: 'Two-factor authentication is already enabled for your account.',
    backToPortal: 'Back to the portal',
  },
  recoveryCodes: {
    heading: 'Save your recovery codes',
    intro:
      'Two-factor authentication is now enabled. If you ever cannot use your authenticator app, sign in with one of these recovery codes instead.',
    note: 'Each code works only once. Keep them in a safe place, such as a password manager: they are shown only now.',
    listLabel: 'Recovery codes',
    copy: 'Copy codes',
    download: 'Download',
    continue: 'Continue to the portal',
    renewedIntro:
      'Here are your new recovery codes. The old ones no longer work. If you ever cannot use your authenticator app, sign in with one of these instead.',
    done: 'Done',
    cardHeading: 'Recovery codes',
    remaining_one: '{{count}} recovery code is left.',
    remaining_other: '{{count}} recovery codes are left.',
    renewText: 'A new set replaces all the codes you have now.',
    renew: 'New recovery codes',
    renewing: 'Creating new recovery codes…',
    fileHeading: '{{product}} – recovery codes',
    fileTenant: 'Tenant domain: {{tenant}}',
    fileUsername: 'Username: {{username}}',
    fileAccount: 'Account: {{account}}',
    fileCreated: 'Created: {{date}}',
    fileNote: 'Each code works only once.',
  },
};

export type TwoFactorText = typeof en;

const de: TwoFactorText = {
  challenge: {
    title: 'Zwei-Faktor-Authentifizierung',
    totpDescription:
      'Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.',
    recoveryDescription:
      'Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben.',
    recoveryCodeLabel: 'Wiederherstellungscode',
    recoveryCodeRequired: 'Geben Sie einen Ihrer Wiederherstellungscodes ein.',
    verify: 'Bestätigen',
    verifying: 'Der Code wird geprüft …',
    useRecoveryCode: 'Wiederherstellungscode verwenden',
    useAuthenticatorApp: 'Authenticator-App verwenden',
    invalidCode:
      'Der Code ist ungültig. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.',
    invalidRecoveryCode: 'Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet.',
  },
  setup: {
    heading: 'Zwei-Faktor-Authentifizierung aktivieren',
    intro:
      'Die Zwei-Faktor-Authentifizierung schützt Ihr Konto: Neben Ihrem Passwort fragt die Anmeldung nach einem 6-stelligen Code aus einer Authenticator-App auf Ihrem Smartphone.',
    introPending:
      'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung. Richten Sie sie jetzt ein, um die Anmeldung abzuschließen.',
    howItWorks: 'Wie funktioniert das?',
    howItWorksTitle: 'So funktioniert die Zwei-Faktor-Authentifizierung',
    stepInstall:
      'Installieren Sie eine Authenticator-App auf Ihrem Smartphone, zum Beispiel Google Authenticator, Microsoft Authenticator, Aegis oder 1Password. Jede App für zeitbasierte Codes (RFC 6238) funktioniert.',
    stepScan:
      'Fügen Sie in der App ein Konto hinzu und scannen Sie den QR-Code auf dieser Seite. Falls das Scannen nicht klappt, geben Sie stattdessen den geheimen Schlüssel ein.',
    stepEnter:
      'Geben Sie den 6-stelligen Code ein, den die App dann anzeigt, und wählen Sie „Aktivieren“. Ab dann melden Sie sich mit Ihrem Passwort und einem aktuellen Code aus der App an.',
    scanHeading: 'QR-Code scannen',
    scanText: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
    qrCode: 'QR-Code',
    secretKey: 'Geheimer Schlüssel',
    secretText:
      'Scannen nicht möglich? Geben Sie stattdessen diesen geheimen Schlüssel in der App ein.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed:
      'Kopieren ist hier nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
    confirmHeading: 'Code eingeben',
    confirmText:
      'Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt, um zu bestätigen, dass alles funktioniert.',
    activate: 'Aktivieren',
    activating: 'Wird aktiviert …',
    invalidCode:
      'Der Code ist ungültig. Prüfen Sie die Uhrzeit auf Ihrem Smartphone und versuchen Sie den aktuellen Code.',
    cancel: 'Abbrechen',
    preparing: 'Die Zwei-Faktor-Authentifizierung wird vorbereitet …',
    prepareFailed: 'Die Zwei-Faktor-Authentifizierung konnte nicht vorbereitet werden.',
    alreadyEnabled: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bereits aktiviert.',
    backToPortal: 'Zurück zum Portal',
  },
  recoveryCodes: {
    heading: 'Speichern Sie Ihre Wiederherstellungscodes',
    intro:
      'Die Zwei-Faktor-Authentifizierung ist jetzt aktiviert. Falls Sie Ihre Authenticator-App einmal nicht verwenden können, melden Sie sich stattdessen mit einem dieser Wiederherstellungscodes an.',
    note: 'Jeder Code funktioniert nur einmal. Bewahren Sie die Codes sicher auf, etwa in einem Passwort-Manager: Sie werden nur jetzt angezeigt.',
    listLabel: 'Wiederherstellungscodes',
    copy: 'Codes kopieren',
    download: 'Herunterladen',
    continue: 'Weiter zum Portal',
    renewedIntro:
      'Hier sind Ihre neuen Wiederherstellungscodes. Die alten funktionieren nicht mehr. Falls Sie Ihre Authenticator-App einmal nicht verwenden können, melden Sie sich stattdessen mit einem dieser Codes an.',
    done: 'Fertig',
    cardHeading: 'Wiederherstellungscodes',
    remaining_one: 'Sie haben noch {{count}} Wiederherstellungscode.',
    remaining_other: 'Sie haben noch {{count}} Wiederherstellungscodes.',
    renewText: 'Ein neuer Satz ersetzt alle Codes, die Sie jetzt haben.',
    renew: 'Neue Wiederherstellungscodes',
    renewing: 'Neue Wiederherstellungscodes werden erstellt…',
    fileHeading: '{{product}} – Wiederherstellungscodes',
    fileTenant: 'Mandanten-Domain: {{tenant}}',
    fileUsername: 'Benutzername: {{username}}',
    fileAccount: 'Konto: {{account}}',
    fileCreated: 'Erstellt: {{date}}',
    fileNote: 'Jeder Code funktioniert nur einmal.',
  },
};

const fr: TwoFactorText = {
  challenge: {
    title: 'Authentification à deux facteurs',
    totpDescription:
      'Saisissez le code à 6 chiffres que votre application d’authentification affiche pour ce compte.',
    recoveryDescription:
      'Saisissez l’un des codes de récupération que vous avez enregistrés lors de la configuration de l’authentification à deux facteurs.',
    recoveryCodeLabel: 'Code de récupération',
    recoveryCodeRequired: 'Saisissez l’un de vos codes de récupération.',
    verify: 'Vérifier',
    verifying: 'Vérification du code…',
    useRecoveryCode: 'Utiliser un code de récupération',
    useAuthenticatorApp: 'Utiliser l’application d’authentification',
    invalidCode:
      'Le code n’est pas valide. Saisissez le code actuel de votre application d’authentification.',
    invalidRecoveryCode: 'Le code de récupération n’est pas valide ou a déjà été utilisé.',
  },
  setup: {
    heading: 'Activer l’authentification à deux facteurs',
    intro:
      'L’authentification à deux facteurs protège votre compte : en plus de votre mot de passe, la connexion demande un code à 6 chiffres d’une application d’authentification sur votre téléphone.',
    introPending:
      'Votre organisation exige l’authentification à deux facteurs pour votre compte. Configurez-la maintenant pour terminer la connexion.',
    howItWorks: 'Comment ça marche ?',
    howItWorksTitle: 'Comment fonctionne l’authentification à deux facteurs',
    stepInstall:
      'Installez une application d’authentification sur votre téléphone, par exemple Google Authenticator, Microsoft Authenticator, Aegis ou 1Password. Toute application de codes temporels (RFC 6238) convient.',
    stepScan:
      'Dans l’application, ajoutez un compte et scannez le code QR de cette page. Si vous ne pouvez pas le scanner, saisissez plutôt la clé secrète.',
    stepEnter:
      'Saisissez le code à 6 chiffres que l’application affiche alors et choisissez « Activer ». Vous vous connectez ensuite avec votre mot de passe et un code actuel de l’application.',
    scanHeading: 'Scanner le code QR',
    scanText: 'Scannez ce code QR avec votre application d’authentification.',
    qrCode: 'Code QR',
    secretKey: 'Clé secrète',
    secretText:
      'Impossible de scanner le code ? Saisissez plutôt cette clé secrète dans l’application.',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie n’a pas fonctionné ici. Sélectionnez le texte et copiez-le vous-même.',
    confirmHeading: 'Saisir le code',
    confirmText:
      'Saisissez le code à 6 chiffres que l’application affiche maintenant, pour confirmer que tout fonctionne.',
    activate: 'Activer',
    activating: 'Activation…',
    invalidCode:
      'Le code n’est pas valide. Vérifiez l’heure de votre téléphone et essayez le code actuel.',
    cancel: 'Annuler',
    preparing: 'Préparation de l’authentification à deux facteurs…',
    prepareFailed: 'L’authentification à deux facteurs n’a pas pu être préparée.',
    alreadyEnabled: 'L’authentification à deux facteurs est déjà activée pour votre compte.',
    backToPortal: 'Retour au portail',
  },
  recoveryCodes: {
    heading: 'Enregistrez vos codes de récupération',
    intro:
      'L’authentification à deux facteurs est maintenant activée. Si vous ne pouvez plus utiliser votre application d’authentification, connectez-vous avec l’un de ces codes de récupération.',
    note: 'Chaque code ne fonctionne qu’une seule fois. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe : ils ne sont affichés que maintenant.',
    listLabel: 'Codes de récupération',
    copy: 'Copier les codes',
    download: 'Télécharger',
    continue: 'Continuer vers le portail',
    renewedIntro:
      'Voici vos nouveaux codes de récupération. Les anciens ne fonctionnent plus. Si vous ne pouvez plus utiliser votre application d’authentification, connectez-vous avec l’un de ces codes.',
    done: 'Terminé',
    cardHeading: 'Codes de récupération',
    remaining_one: 'Il vous reste {{count}} code de récupération.',
    remaining_other: 'Il vous reste {{count}} codes de récupération.',
    renewText: 'Un nouveau jeu remplace tous les codes que vous avez maintenant.',
    renew: 'Nouveaux codes de récupération',
    renewing: 'Création de nouveaux codes de récupération…',
    fileHeading: '{{product}} – codes de récupération',
    fileTenant: 'Domaine du locataire : {{tenant}}',
    fileUsername: 'Nom d’utilisateur : {{username}}',
    fileAccount: 'Compte : {{account}}',
    fileCreated: 'Créé le : {{date}}',
    fileNote: 'Chaque code ne fonctionne qu’une seule fois.',
  },
};

export const twoFactorText = { en, de, fr };
