import type { SessionsText } from './en';

/** French: typed by the English reference (en.ts), so it has exactly its keys. */
export const fr: SessionsText = {
  documentTitle: 'Sessions',
  heading: 'Sessions',
  intro:
    'Les appareils et navigateurs sur lesquels votre compte est connecté. Si vous ne reconnaissez pas une session, déconnectez-la et changez votre mot de passe.',
  caption: 'Vos sessions',
  loadError: 'Vos sessions n’ont pas pu être chargées.',
  columns: {
    browser: 'Navigateur',
    ip: 'Adresse IP',
    started: 'Ouverte le',
    lastSeen: 'Dernière activité',
    actingTenant: 'Locataire actif',
    actions: 'Actions',
  },
  unknownBrowser: 'Navigateur inconnu',
  unknownBrowserOn: 'Navigateur inconnu sur {{system}}',
  browserOn: '{{browser}} sur {{system}}',
  unknownIp: 'Adresse IP inconnue',
  thisSession: 'Cette session',
  revoke: 'Déconnecter',
  revokeWhich: '{{browser}}, ouverte le {{started}}',
  revoking: 'Déconnexion de la session…',
  revoked: 'La session a été déconnectée.',
  alreadyEnded: 'Cette session avait déjà pris fin.',
  onlyThisSession: 'Vous n’êtes connecté nulle part ailleurs.',
  revokeOthers: {
    button: 'Déconnecter les autres sessions',
    title: 'Déconnecter toutes les autres sessions ?',
    text: 'Toutes les autres sessions de votre compte prennent fin immédiatement : quiconque les utilise doit se reconnecter. Cette session reste connectée.',
    confirm: 'Oui, déconnecter',
    busy: 'Déconnexion…',
    done_one: '{{count}} autre session a été déconnectée.',
    done_other: '{{count}} autres sessions ont été déconnectées.',
  },
  cancel: 'Annuler',
};
