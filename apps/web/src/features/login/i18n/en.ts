/**
 * The texts of the sign-in page, its password-forgotten dialog and the reseller-portal sign-in:
 * the section `login` of the texts that app/texts/ assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  heading: 'Sign in',
  tenantDomain: 'Tenant domain',
  tenantDomainHint: 'For example acme-123456.tenant',
  username: 'Username',
  password: 'Password',
  submit: 'Log in',
  submitting: 'Signing in…',
  passwordForgotten: 'Password forgotten?',
  /** Said once (politely) when a lockout has run out and Log in works again. */
  lockoutOver: 'The wait is over: you can log in again.',
  notices: {
    passwordChanged: 'Your password was changed. Sign in with your new password.',
    signedOut: 'You have been signed out.',
    activationCancelled:
      'Sign-in cancelled. Your account needs two-factor authentication: sign in again to activate it.',
    sessionRevoked: 'Your session was ended. Please sign in again.',
    sessionExpired:
      'Your session expired because it was not used for a while. Please sign in again.',
  },
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
    invalidCredentialsOrResellerPortal:
      'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.',
    validation: 'Check your entries and try again.',
    sessionEnded: 'Your session has ended. Please sign in again.',
    loginExpired:
      'Your sign-in has expired or too many wrong codes were entered. Please sign in again.',
  },
  passwordForgottenDialog: {
    title: 'Reset your password',
    description:
      'Enter your tenant domain and username. We will send you an e-mail with a link to choose a new password.',
    submit: 'Send reset link',
    submitting: 'Sending…',
    cancel: 'Cancel',
    sent: 'If an account with these details exists, we have sent an e-mail with a link to reset the password. The link is valid for 30 minutes.',
  },
  resellerPortal: {
    or: 'or',
    start: 'Login with reseller portal',
    signedOut: 'You are signed out.',
    signOutThere: 'Also sign out of the reseller portal',
    refusal: {
      heading: 'Sign-in through the reseller portal failed',
      reasons: {
        not_linked:
          'Your reseller-portal account is not linked to an account in this portal. Ask your administrator to link it.',
        mfa_required:
          'Your account requires two-factor authentication. Activate it in the reseller portal and sign in again.',
        account_disabled:
          'Your account in this portal is deactivated. Ask your administrator to activate it.',
        cancelled:
          'The sign-in at the reseller portal was cancelled or did not complete. Please try again.',
        invalid_response:
          'The answer from the reseller portal could not be verified. Please try again.',
        unavailable:
          'The reseller portal cannot be reached at the moment. Please try again shortly.',
        other_account:
          'You confirmed with a different reseller-portal account than the one signed in here. Sign in again with your own account.',
        unknown: 'Signing in through the reseller portal did not work. Please try again.',
      },
      tryAgain: 'Try again',
      backToLogin: 'Back to login',
    },
  },
};

export type LoginText = typeof en;
