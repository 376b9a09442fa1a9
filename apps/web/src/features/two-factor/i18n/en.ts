/**
 * The texts of the 2FA challenge, the activation and the recovery codes: the section `twoFactor`
 * of the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
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
    /** Arriving from a reset link (figure 2 → 3): the password step worked; then the QR code. */
    passwordChanged: 'Your password was changed. One more step: set up two-factor authentication.',
    passwordSet: 'Your password is set. One more step: set up two-factor authentication.',
    secretChanged:
      'This QR code is new: the one shown before no longer works. Remove the old entry from your authenticator app, then scan this code.',
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
    openInAppText: 'Setting this up on the phone with the app? Open the key in the app directly.',
    openInApp: 'Open in authenticator app',
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
