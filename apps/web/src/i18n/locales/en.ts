/**
 * English, the reference language. Its shape is the `Translation` type that every other locale
 * must match exactly, so a key missing in German or French is a type error.
 */
export const en = {
  common: {
    productName: 'Unified Security Portal',
    documentTitle: '{{page}} – Unified Security Portal',
    language: 'Language',
    loading: 'Loading…',
    close: 'Close',
    serviceUnavailable: 'The service is temporarily unavailable. Please try again shortly.',
    tryAgain: 'Try again',
    unexpected: 'Something went wrong. Please try again.',
    tooManyAttemptsMinutes_one: 'Too many failed sign-in attempts. Try again in {{count}} minute.',
    tooManyAttemptsMinutes_other:
      'Too many failed sign-in attempts. Try again in {{count}} minutes.',
    tooManyAttemptsSeconds_one: 'Too many failed sign-in attempts. Try again in {{count}} second.',
    tooManyAttemptsSeconds_other:
      'Too many failed sign-in attempts. Try again in {{count}} seconds.',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  login: {
    heading: 'Sign in',
    method: {
      legend: 'How do you want to sign in?',
      unified: 'Login with Unified Security account',
      resellerPortal: 'Login with reseller portal',
      resellerPortalHint: 'Signing in through the reseller portal is not available yet.',
    },
    tenantDomain: 'Tenant domain',
    tenantDomainHint: 'For example acme-123456.tenant',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Signing in…',
    passwordForgotten: 'Password forgotten?',
    fieldErrors: {
      tenantDomainRequired: 'Enter your tenant domain.',
      tenantDomainTooLong: 'The tenant domain can have at most {{max}} characters.',
      tenantDomainInvalid: 'Check the tenant domain.',
      usernameRequired: 'Enter your username.',
      usernameTooLong: 'The username can have at most {{max}} characters.',
      usernameInvalid: 'Check the username.',
      passwordRequired: 'Enter your password.',
      passwordTooLong: 'The password can have at most {{max}} characters.',
      passwordInvalid: 'Check the password.',
    },
    errors: {
      invalidCredentials: 'The tenant domain, username or password is incorrect.',
      validation: 'Check your entries and try again.',
      sessionEnded: 'Your session has ended. Please sign in again.',
      loginExpired:
        'Your sign-in has expired or too many wrong codes were entered. Please sign in again.',
    },
    passwordForgottenDialog: {
      title: 'Password forgotten?',
      body: 'Resetting your password here is coming soon. Until then, please ask an administrator of your tenant to reset it for you.',
    },
  },
  portal: {
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main',
    tenantLabel: 'Tenant',
    userLabel: 'Signed in as',
    logOut: 'Log out',
    menu: {
      home: 'Home',
      account: 'Account',
    },
    twoFactorBanner: {
      label: 'Security notice',
      text: 'Two-factor authentication is required for your account from {{date}}. Enable it now to keep access.',
      enable: 'Enable 2FA',
    },
    logoutFailed: 'Logging out did not work. Please try again.',
    loadError: 'Your account could not be loaded.',
  },
  home: {
    documentTitle: 'Home',
    welcome: 'Welcome, {{name}}',
    intro: 'You are signed in to the Unified Security Portal.',
    account: {
      heading: 'Your account',
      username: 'Username',
      displayName: 'Display name',
      email: 'E-mail',
      roles: 'Roles',
      tenant: 'Tenant',
      actingTenant: 'Acting in tenant',
      twoFactor: 'Two-factor authentication',
      twoFactorOn: 'Enabled',
      twoFactorOff: 'Not enabled',
      noRoles: 'No roles',
    },
  },
  twoFactor: {
    codeLabel: 'Authentication code',
    codeRequired: 'Enter the 6-digit code from your authenticator app.',
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
      confirmText:
        'Enter the 6-digit code that the app now shows, to confirm that everything works.',
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
      fileHeading: '{{product}} – recovery codes',
      fileTenant: 'Tenant domain: {{tenant}}',
      fileUsername: 'Username: {{username}}',
      fileAccount: 'Account: {{account}}',
      fileCreated: 'Created: {{date}}',
      fileNote: 'Each code works only once.',
    },
  },
  account: {
    security: {
      documentTitle: 'Account security',
      heading: 'Account security',
      intro: 'How you sign in to the Unified Security Portal.',
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
  },
  roles: {
    admin: 'Administrator',
    user: 'User',
  },
  notFound: {
    heading: 'Page not found',
    body: 'The page you are looking for does not exist.',
    backHome: 'Go to the start page',
  },
  errorPage: {
    heading: 'Something went wrong',
    body: 'An unexpected error occurred. Reload the page to try again.',
    reload: 'Reload page',
  },
};

export type Translation = typeof en;
