/**
 * The texts that components/, hooks/ and lib/ use, and those that several features share: the
 * section `common` of the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  productName: 'Unified Security Portal',
  documentTitle: '{{page}} – Unified Security Portal',
  language: 'Language',
  loading: 'Loading…',
  close: 'Close',
  serviceUnavailable: 'The service is temporarily unavailable. Please try again shortly.',
  tryAgain: 'Try again',
  unexpected: 'Something went wrong. Please try again.',
  tooManyAttemptsMinutes_one: 'Too many failed sign-in attempts. Try again in {{count}} minute.',
  tooManyAttemptsMinutes_other: 'Too many failed sign-in attempts. Try again in {{count}} minutes.',
  tooManyAttemptsSeconds_one: 'Too many failed sign-in attempts. Try again in {{count}} second.',
  tooManyAttemptsSeconds_other: 'Too many failed sign-in attempts. Try again in {{count}} seconds.',
  tooManyRequestsMinutes_one: 'Too many requests. Try again in {{count}} minute.',
  tooManyRequestsMinutes_other: 'Too many requests. Try again in {{count}} minutes.',
  tooManyRequestsSeconds_one: 'Too many requests. Try again in {{count}} second.',
  tooManyRequestsSeconds_other: 'Too many requests. Try again in {{count}} seconds.',
  totpCode: {
    label: 'Authentication code',
    required: 'Enter the 6-digit code from your authenticator app.',
  },
  stepUp: {
    heading: 'Confirm it’s you',
    intro: 'This change needs your password once more.',
    introPasskeyOnly: 'This change needs your passkey once more.',
    introWithCode:
      'This change needs your password once more, and a code from your authenticator app.',
    password: 'Password',
    codeHint: 'Or one of your recovery codes.',
    confirm: 'Confirm',
    confirming: 'Confirming…',
    cancel: 'Cancel',
    wrongPassword: 'The password is incorrect.',
    resellerPortal:
      'Your account signs in through the reseller portal. Confirm it there; then do the change again.',
    resellerPortalButton: 'Confirm at the reseller portal',
    cancelled: 'Nothing was changed: this change needs you to confirm it’s you.',
  },
  newPassword: {
    label: 'New password',
    hint: 'Use {{min}} to {{max}} characters, without your username or tenant domain. A few unrelated words make a strong password that is easy to remember.',
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
  },
  /** A field's label when the form does not need it. */
  optionalField: '{{label}} (optional)',
  pager: {
    range: '{{from}}–{{to}} of {{total}}',
    /** While the total is not known (the audit log counts none). */
    rangeOpen: '{{from}}–{{to}}',
    previous: 'Previous',
    next: 'Next',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
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

export type CommonText = typeof en;
