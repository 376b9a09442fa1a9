import type { TwoFactorText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: TwoFactorText = {
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
      'Le code n’est pas valide. Saisissez le code affiché actuellement dans votre application d’authentification.',
    invalidRecoveryCode: 'Le code de récupération n’est pas valide ou a déjà été utilisé.',
  },
  setup: {
    passwordChanged:
      'Votre mot de passe a été modifié. Encore une étape : configurez l’authentification à deux facteurs.',
    passwordSet:
      'Votre mot de passe est défini. Encore une étape : configurez l’authentification à deux facteurs.',
    secretChanged:
      'Ce QR code est nouveau : celui affiché auparavant ne fonctionne plus. Supprimez l’ancienne entrée de votre application d’authentification, puis scannez ce code.',
    heading: 'Activer l’authentification à deux facteurs',
    intro:
      'L’authentification à deux facteurs protège votre compte : en plus de votre mot de passe, la connexion exige un code à 6 chiffres généré par une application d’authentification sur votre téléphone.',
    introPending:
      'Votre organisation exige l’authentification à deux facteurs pour votre compte. Configurez-la maintenant pour terminer la connexion.',
    howItWorks: 'Comment ça marche ?',
    howItWorksTitle: 'Comment fonctionne l’authentification à deux facteurs',
    stepInstall:
      'Installez une application d’authentification sur votre téléphone, par exemple Google Authenticator, Microsoft Authenticator, Aegis ou 1Password. Toute application de codes temporels (RFC 6238) convient.',
    stepScan:
      'Dans l’application, ajoutez un compte et scannez le code QR de cette page. Si vous ne pouvez pas le scanner, saisissez plutôt la clé secrète.',
    stepEnter:
      'Saisissez le code à 6 chiffres que l’application affiche alors, puis choisissez « Activer ». Vous vous connecterez ensuite avec votre mot de passe et le code affiché par l’application.',
    scanHeading: 'Scanner le code QR',
    scanText: 'Scannez ce code QR avec votre application d’authentification.',
    qrCode: 'Code QR',
    openInAppText:
      'Vous configurez l’application sur ce téléphone ? Ouvrez la clé directement dans l’application.',
    openInApp: 'Ouvrir dans l’application d’authentification',
    secretKey: 'Clé secrète',
    secretText:
      'Impossible de scanner le code ? Saisissez plutôt cette clé secrète dans l’application.',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie automatique a échoué. Sélectionnez le texte et copiez-le manuellement.',
    confirmHeading: 'Saisir le code',
    confirmText:
      'Saisissez le code à 6 chiffres que l’application affiche maintenant, pour confirmer que tout fonctionne.',
    activate: 'Activer',
    activating: 'Activation…',
    invalidCode:
      'Le code n’est pas valide. Vérifiez l’heure de votre téléphone et saisissez le code affiché actuellement.',
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
    note: 'Chaque code ne peut être utilisé qu’une seule fois. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe : ils ne seront plus affichés ensuite.',
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
    fileNote: 'Chaque code ne peut être utilisé qu’une seule fois.',
  },
};
