/** The passkeys texts in English, the reference: German and French are typed by it. */
export const en = {
  passkey: 'Passkey',
  signIn: 'Sign in with a passkey',
  useInstead: 'Use a passkey instead',
  useYours: 'Use your passkey',
  orPassword: 'Or confirm with your password and your code:',
  add: 'Add a passkey',
  name: 'Passkey name',
  defaultName: 'My passkey',
  nameRequired: 'Enter a name for the passkey.',
  remove: 'Remove',
  rename: 'Rename',
  save: 'Save',
  cancel: 'Cancel',
  working: 'Waiting for your passkey…',
  heading: 'Passkeys',
  intro:
    'A passkey signs you in with your fingerprint, face, screen lock or security key, without a password, and counts as two-factor authentication. It cannot be phished.',
  none: 'You have no passkeys yet.',
  created: 'Added {{date}}',
  lastUsed: 'Last used {{date}}',
  neverUsed: 'Not used yet',
  added: 'Passkey added.',
  removed: 'Passkey removed.',
  renamed: 'Passkey renamed.',
  removeTitle: 'Remove passkey “{{name}}”?',
  removeText: 'It will no longer sign you in. You can add it again later.',
  lastFactor:
    'This is your last second factor, and your organisation requires two-factor authentication. Add another passkey or an authenticator app first.',
  failed: 'The passkey was not accepted. Try again, or use another way.',
  cancelled: 'No passkey was used.',
  notHere:
    'Passkeys cannot be used at this address of the portal. Open the portal at its usual address, or use another way.',
  activationIntro:
    'Instead of an authenticator app, you can use a passkey: your device’s screen lock or a security key.',
};

export type PasskeysText = typeof en;
