/**
 * The texts of Account → Sessions: the section `sessions` of the texts that app/texts.ts
 * assembles.
 * English is the reference: German and French must have exactly its keys.
 */
const en = {
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

const de: SessionsText = {
  documentTitle: 'Sitzungen',
  heading: 'Sitzungen',
  intro:
    'Wo Ihr Konto angemeldet ist. Wenn Sie eine Sitzung nicht kennen, beenden Sie sie und ändern Sie Ihr Passwort.',
  caption: 'Ihre Sitzungen',
  loadError: 'Ihre Sitzungen konnten nicht geladen werden.',
  columns: {
    browser: 'Browser',
    ip: 'IP-Adresse',
    started: 'Begonnen',
    lastSeen: 'Zuletzt aktiv',
    actingTenant: 'Tätig in',
    actions: 'Aktionen',
  },
  unknownBrowser: 'Unbekannter Browser',
  unknownIp: 'Unbekannte IP-Adresse',
  thisSession: 'Diese Sitzung',
  revoke: 'Beenden',
  revokeWhich: '{{browser}}, begonnen {{started}}',
  revoking: 'Die Sitzung wird beendet …',
  revoked: 'Die Sitzung wurde beendet.',
  alreadyEnded: 'Diese Sitzung war bereits beendet.',
  onlyThisSession: 'Sie sind nirgendwo sonst angemeldet.',
  revokeOthers: {
    button: 'Alle anderen Sitzungen beenden',
    title: 'Alle anderen Sitzungen beenden?',
    text: 'Alle anderen Sitzungen Ihres Kontos enden sofort: Wer sie verwendet, muss sich erneut anmelden. Diese Sitzung bleibt angemeldet.',
    confirm: 'Ja, beenden',
    busy: 'Sitzungen werden beendet …',
    done_one: '{{count}} andere Sitzung wurde beendet.',
    done_other: '{{count}} andere Sitzungen wurden beendet.',
  },
  cancel: 'Abbrechen',
};

const fr: SessionsText = {
  documentTitle: 'Sessions',
  heading: 'Sessions',
  intro:
    'Les endroits où votre compte est connecté. Si vous ne reconnaissez pas une session, révoquez-la et changez votre mot de passe.',
  caption: 'Vos sessions',
  loadError: 'Vos sessions n’ont pas pu être chargées.',
  columns: {
    browser: 'Navigateur',
    ip: 'Adresse IP',
    started: 'Ouverte le',
    lastSeen: 'Dernière activité',
    actingTenant: 'Agit dans',
    actions: 'Actions',
  },
  unknownBrowser: 'Navigateur inconnu',
  unknownIp: 'Adresse IP inconnue',
  thisSession: 'Cette session',
  revoke: 'Révoquer',
  revokeWhich: '{{browser}}, ouverte le {{started}}',
  revoking: 'Révocation de la session…',
  revoked: 'La session a été révoquée.',
  alreadyEnded: 'Cette session avait déjà pris fin.',
  onlyThisSession: 'Vous n’êtes connecté nulle part ailleurs.',
  revokeOthers: {
    button: 'Déconnecter toutes les autres sessions',
    title: 'Déconnecter toutes les autres sessions ?',
    text: 'Toutes les autres sessions de votre compte prennent fin immédiatement : quiconque les utilise doit se reconnecter. Cette session reste connectée.',
    confirm: 'Oui, déconnecter',
    busy: 'Déconnexion…',
    done_one: '{{count}} autre session a été déconnectée.',
    done_other: '{{count}} autres sessions ont été déconnectées.',
  },
  cancel: 'Annuler',
};

export const sessionsText = { en, de, fr };
