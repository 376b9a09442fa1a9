import type { MailStrings } from './types.js';

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

export const en: MailStrings = {
  greeting: 'Hello,',
  linkFallback: 'If the button does not work, copy this address into your browser:',
  automatedNotice:
    'This message was sent automatically by the Unified Security Portal. Please do not reply.',
  passwordReset: {
    subject: 'Reset your password',
    intro: ({ username, tenantDomain }) =>
      `We received a request to reset the password of your account “${username}” in the tenant ${tenantDomain}.`,
    action: 'Choose a new password',
    validity: (n) => `The link is valid for ${minutes(n)} and works only once.`,
    ignore: 'If you did not ask for this, ignore this e-mail: your password stays unchanged.',
  },
  accountCreated: {
    subject: 'Your new account',
    intro: ({ tenantName, tenantDomain, username }) =>
      `An account was created for you in ${tenantName} (tenant domain ${tenantDomain}, username “${username}”).`,
    action: 'Set your password',
    validity: (n) => `The link is valid for ${days(n)} and works only once.`,
  },
  passwordChanged: {
    subject: 'Your password was changed',
    intro: ({ username, tenantDomain }, changedAt) =>
      `The password of your account “${username}” in the tenant ${tenantDomain} was changed on ${changedAt}.`,
    notYou: 'If you did not change it, contact your administrator immediately.',
    action: 'Sign in',
  },
};
