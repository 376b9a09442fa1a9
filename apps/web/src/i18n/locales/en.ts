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
      tooManyAttemptsMinutes_one:
        'Too many failed sign-in attempts. Try again in {{count}} minute.',
      tooManyAttemptsMinutes_other:
        'Too many failed sign-in attempts. Try again in {{count}} minutes.',
      tooManyAttemptsSeconds_one:
        'Too many failed sign-in attempts. Try again in {{count}} second.',
      tooManyAttemptsSeconds_other:
        'Too many failed sign-in attempts. Try again in {{count}} seconds.',
      validation: 'Check your entries and try again.',
      unexpected: 'Something went wrong. Please try again.',
      sessionEnded: 'Your session has ended. Please sign in again.',
    },
    twoFactorRequired: 'Two-factor authentication is required for this account.',
    twoFactorEnrollmentRequired:
      'Two-factor authentication must be set up for this account before you can sign in.',
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
