import type { AccountRef, MailStrings } from './types.js';

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
const account = ({ username, tenantDomain }: AccountRef) =>
  `your account “${username}” (tenant domain ${tenantDomain})`;
const codesLeft = (n: number) =>
  n === 0
    ? 'You have no recovery codes left.'
    : `You have ${n === 1 ? '1 recovery code' : `${n} recovery codes`} left.`;
const takeover =
  'If this was not you, someone else may have access to your account: reset your password at once with “Password forgotten?” on the sign-in page, and tell your administrator.';

export const en: MailStrings = {
  greeting: 'Hello,',
  linkFallback: 'If the button does not work, copy this address into your browser:',
  automatedNotice:
    'This message was sent automatically by the Unified Security Portal. Please do not reply.',
  passwordReset: {
    subject: 'Reset your password',
    intro: ({ username, tenantDomain }) =>
      `We received a request to reset the password of ${account({ username, tenantDomain })}.`,
    introByAdministrator: (ref) =>
      `An administrator of your tenant asked for a new password to be set for ${account(ref)}.`,
    introUnlinked: (ref) =>
      `Your account “${ref.username}” (tenant domain ${ref.tenantDomain}) is no longer linked to the reseller portal. Set a password to sign in again.`,
    action: 'Choose a new password',
    validity: (n) => `The link is valid for ${minutes(n)} and works only once.`,
    ignore: 'If you did not ask for this, ignore this e-mail: your password stays unchanged.',
    byAdministratorNote:
      'If you did not expect this e-mail, ask your administrator before you use the link.',
  },
  accountCreated: {
    subject: 'Your new Unified Security Portal account',
    intro: ({ tenantName, tenantDomain, username }) =>
      `An account was created for you in the Unified Security Portal at ${tenantName} (tenant domain ${tenantDomain}, username “${username}”).`,
    action: 'Set your password',
    validity: (n) => `The link is valid for ${days(n)} and works only once.`,
  },
  notice: {
    when: (date) => `When: ${date}`,
    ip: (address) => `IP address: ${address}`,
    browser: ({ browser, system }) =>
      `Browser: ${browser && system ? `${browser} on ${system}` : (browser ?? system ?? 'unknown')}`,
    action: 'Sign in',
    kinds: {
      'two-factor-activated': {
        subject: 'Two-factor authentication was turned on',
        what: (ref) =>
          `Two-factor authentication was turned on for ${account(ref)}: signing in now needs a code from the authenticator app.`,
        notYou: takeover,
      },
      'two-factor-replaced': {
        subject: 'Your authenticator app was replaced',
        what: (ref) =>
          `A new authenticator app was set up for ${account(ref)}: codes from the previous one no longer work.`,
        notYou: takeover,
      },
      'two-factor-disabled': {
        subject: 'Two-factor authentication was turned off',
        what: (ref) =>
          `Two-factor authentication was turned off for ${account(ref)}: signing in needs only the password now.`,
        notYou: takeover,
      },
      'two-factor-reset-by-administrator': {
        subject: 'An administrator reset your two-factor authentication',
        what: (ref) =>
          `An administrator of your tenant reset the two-factor authentication of ${account(ref)}: your authenticator app and your recovery codes no longer work, and your sessions were ended.`,
        notYou:
          'When you next sign in, you may be asked to set up two-factor authentication again. If you did not ask for this, contact your administrator.',
      },
      'password-changed': {
        subject: 'Your password was changed',
        what: (ref) =>
          `The password of ${account(ref)} was changed. Your other sessions were ended.`,
        notYou: takeover,
      },
      'password-reset': {
        subject: 'Your password was reset',
        what: (ref) =>
          `The password of ${account(ref)} was set anew with the link of a password-reset e-mail. All your sessions were ended.`,
        notYou: takeover,
      },
      'email-changed': {
        subject: 'Your e-mail address was changed',
        what: (ref, { newEmail }) =>
          `The e-mail address of ${account(ref)} was changed to ${newEmail}. Mails about this account go there from now on.`,
        notYou:
          'If this was not you, contact your administrator at once: password-reset links for your account can now be sent to the new address.',
      },
      'recovery-code-used': {
        subject: 'A recovery code was used',
        what: (ref, { remaining }) =>
          `A recovery code of ${account(ref)} was used. ${codesLeft(remaining)}`,
        notYou: takeover,
      },
      'account-locked': {
        subject: 'Sign-in to your account was locked',
        what: (ref, { lockedMinutes }) =>
          `After repeated failed sign-in attempts, ${account(ref)} is locked for ${minutes(lockedMinutes)}. The lock ends by itself.`,
        notYou:
          'If these attempts were not yours, someone may be trying to guess your password: once the lock has ended, choose a new, strong password under Account → Security. You get at most one such e-mail an hour.',
      },
      'passkey-added': {
        subject: 'A passkey was added to your account',
        what: (ref, { passkeyName }) =>
          `The passkey “${passkeyName}” was added to ${account(ref)}: it can now be used to sign in.`,
        notYou: takeover,
      },
      'passkey-removed': {
        subject: 'A passkey was removed from your account',
        what: (ref, { passkeyName }) =>
          `The passkey “${passkeyName}” was removed from ${account(ref)}: it no longer signs in.`,
        notYou: takeover,
      },
    },
  },
};
