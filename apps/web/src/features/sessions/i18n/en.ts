/**
 * The texts of Account → Sessions: the section `sessions` of the texts that app/texts/
 * assembles.
 * English is the reference: German (de.ts) and French (fr.ts) are typed by it, so they have
 * exactly its keys. Each language is its own chunk, loaded for the language shown.
 */
export const en = {
  documentTitle: 'Sessions',
  heading: 'Sessions',
  intro:
    'Where your account is signed in. If you do not recognise a session, revoke it and change your password.',
  caption: 'Your sessions',
  loadError: 'Your sessions could not be loaded.',
  columns: {
    browser: 'Browser',
    ip: 'IP address',
    started: 'Started',
    lastSeen: 'Last seen',
    actingTenant: 'Acting in',
    actions: 'Actions',
  },
  unknownBrowser: 'Unknown browser',
  unknownBrowserOn: 'Unknown browser on {{system}}',
  browserOn: '{{browser}} on {{system}}',
  unknownIp: 'Unknown IP address',
  thisSession: 'This session',
  revoke: 'Revoke',
  revokeWhich: '{{browser}}, started {{started}}',
  revoking: 'Revoking the session…',
  revoked: 'The session was revoked.',
  alreadyEnded: 'This session had already ended.',
  onlyThisSession: 'You are not signed in anywhere else.',
  revokeOthers: {
    button: 'Sign out all other sessions',
    title: 'Sign out all other sessions?',
    text: 'All other sessions of your account end at once: whoever uses them has to sign in again. This session stays signed in.',
    confirm: 'Yes, sign out',
    busy: 'Signing out…',
    done_one: '{{count}} other session was signed out.',
    done_other: '{{count}} other sessions were signed out.',
  },
  cancel: 'Cancel',
};

export type SessionsText = typeof en;
