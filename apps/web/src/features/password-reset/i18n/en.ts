/**
 * The texts of Change password, the page that a reset link opens: the section `passwordReset` of
 * the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  heading: 'Change password',
  /** A new account's link (the account-created mail): the first password, not a change. */
  headingNewAccount: 'Set your password',
  /** While the link is checked, before it is known whose password it is. */
  headingChecking: 'Your password',
  checking: 'Checking the link…',
  checkFailed: 'The link could not be checked.',
  intro: 'Choose a new password for this account:',
  introNewAccount: 'Choose a password for your new account:',
  tenantDomain: 'Tenant domain',
  username: 'Username',
  submit: 'Change password',
  submitting: 'Changing the password…',
  submitNewAccount: 'Set password',
  submittingNewAccount: 'Setting the password…',
  invalid: {
    heading: 'Link no longer valid',
    text: 'This link is no longer valid. Links work once and for a limited time (30 minutes; 7 days for a new account); a newer e-mail replaces older links.',
    newLink: 'Send a new link',
  },
};

export type PasswordResetText = typeof en;
