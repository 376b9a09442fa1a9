import type { SessionsText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: SessionsText = {
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
    actingTenant: 'Aktiver Mandant',
    actions: 'Aktionen',
  },
  unknownBrowser: 'Unbekannter Browser',
  unknownBrowserOn: 'Unbekannter Browser auf {{system}}',
  browserOn: '{{browser}} auf {{system}}',
  unknownIp: 'Unbekannte IP-Adresse',
  thisSession: 'Diese Sitzung',
  revoke: 'Beenden',
  revokeWhich: '{{browser}}, begonnen am {{started}}',
  revoking: 'Die Sitzung wird beendet …',
  revoked: 'Die Sitzung wurde beendet.',
  alreadyEnded: 'Diese Sitzung war bereits beendet.',
  onlyThisSession: 'Sie sind nirgendwo sonst angemeldet.',
  revokeOthers: {
    button: 'Alle anderen Sitzungen beenden',
    title: 'Alle anderen Sitzungen beenden?',
    text: 'Alle anderen Sitzungen Ihres Kontos enden sofort: Wer sie verwendet, muss sich erneut anmelden. Diese Sitzung bleibt angemeldet.',
    confirm: 'Ja, beenden',
    busy: 'Sitzungen werden beendet …',
    done_one: '{{count}} andere Sitzung wurde beendet.',
    done_other: '{{count}} andere Sitzungen wurden beendet.',
  },
  cancel: 'Abbrechen',
};
