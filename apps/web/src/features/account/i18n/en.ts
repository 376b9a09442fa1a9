/**
 * The texts of Account → Security: the section `account` of the texts that app/texts/
 * assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  language: {
    heading: 'Language',
    intro:
      'E-mails about your account (password reset links, security notices) are written in this language. The portal switches to it too.',
    label: 'Language for e-mails',
    save: 'Save language',
    saving: 'Saving…',
    saved: 'Saved. Your e-mails will be written in this language.',
  },
  security: {
    documentTitle: 'Account security',
    heading: 'Account security',
    intro: 'How you sign in to the Unified Security Portal.',
    resellerPortal:
      'You sign in through the reseller portal. Your password and two-factor authentication are managed there.',
  },
  password: {
    heading: 'Password',
    intro: 'After the change, your other sessions end; this one stays signed in.',
    current: 'Current password',
    currentRequired: 'Enter your current password.',
    wrongCurrent: 'The current password is incorrect.',
    submit: 'Change password',
    submitting: 'Changing the password…',
    changed: 'Your password was changed. Your other sessions have ended.',
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
      'Signing in then asks for your password only. You confirm it’s you before it is turned off.',
    disable: 'Disable',
    disabling: 'Disabling…',
    disabled: 'Two-factor authentication has been disabled.',
  },
};

export type AccountText = typeof en;
