import type { PasskeysText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: PasskeysText = {
  passkey: 'Passkey',
  signIn: 'Login per Passkey',
  useInstead: 'Stattdessen einen Passkey verwenden',
  useYours: 'Passkey verwenden',
  orPassword: 'Oder mit Passwort und Code bestätigen:',
  add: 'Passkey hinzufügen',
  name: 'Name des Passkeys',
  defaultName: 'Mein Passkey',
  nameRequired: 'Geben Sie einen Namen für den Passkey ein.',
  remove: 'Entfernen',
  rename: 'Umbenennen',
  save: 'Speichern',
  cancel: 'Abbrechen',
  working: 'Warte auf Ihren Passkey …',
  heading: 'Passkeys',
  intro:
    'Mit einem Passkey melden Sie sich per Fingerabdruck, Gesicht, Bildschirmsperre oder Sicherheitsschlüssel an, ohne Passwort; er zählt als Zwei-Faktor-Authentifizierung und kann nicht abgefischt werden.',
  none: 'Sie haben noch keine Passkeys.',
  created: 'Hinzugefügt am {{date}}',
  lastUsed: 'Zuletzt verwendet am {{date}}',
  neverUsed: 'Noch nicht verwendet',
  added: 'Passkey hinzugefügt.',
  removed: 'Passkey entfernt.',
  renamed: 'Passkey umbenannt.',
  removeTitle: 'Passkey „{{name}}“ entfernen?',
  removeText: 'Er meldet Sie dann nicht mehr an. Sie können ihn später wieder hinzufügen.',
  lastFactor:
    'Dies ist Ihr letzter zweiter Faktor, und Ihre Organisation verlangt Zwei-Faktor-Authentifizierung. Fügen Sie zuerst einen weiteren Passkey oder eine Authenticator-App hinzu.',
  failed:
    'Der Passkey wurde nicht akzeptiert. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.',
  cancelled: 'Es wurde kein Passkey verwendet.',
  notHere:
    'Unter dieser Adresse des Portals lassen sich keine Passkeys verwenden. Öffnen Sie das Portal unter seiner üblichen Adresse, oder melden Sie sich anders an.',
  activationIntro:
    'Statt einer Authenticator-App können Sie einen Passkey verwenden: die Bildschirmsperre Ihres Geräts oder einen Sicherheitsschlüssel.',
};
