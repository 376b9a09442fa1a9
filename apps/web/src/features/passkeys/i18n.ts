/**
 * The texts of passkeys (login page, second step, activation, Account → Security): the section
 * `passkeys` of the texts that app/texts.ts assembles. English is the reference: German and
 * French must have exactly its keys.
 */
const en = {
  passkey: 'Passkey',
  signIn: 'Sign in with a passkey',
  useInstead: 'Use a passkey instead',
  useYours: 'Use your passkey',
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
  activationIntro:
    'Instead of an authenticator app, you can use a passkey: your device’s screen lock or a security key.',
};

export type PasskeysText = typeof en;

const de: PasskeysText = {
  passkey: 'Passkey',
  signIn: 'Login per Passkey',
  useInstead: 'Stattdessen einen Passkey verwenden',
  useYours: 'Passkey verwenden',
  add: 'Passkey hinzufügen',
  name: 'Name des Passkeys',
  defaultName: 'Mein Passkey',
  nameRequired: 'Geben Sie einen Namen für den Passkey ein.',
  remove: 'Entfernen',
  rename: 'Umbenennen',
  save: 'Speichern',
  cancel: 'Abbrechen',
  working: 'Warte auf Ihren Passkey …',
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
  activationIntro:
    'Statt einer Authenticator-App können Sie einen Passkey verwenden: die Bildschirmsperre Ihres Geräts oder einen Sicherheitsschlüssel.',
};

const fr: PasskeysText = {
  passkey: 'Clé d’accès',
  signIn: 'Connexion par clé d’accès',
  useInstead: 'Utiliser plutôt une clé d’accès',
  useYours: 'Utiliser votre clé d’accès',
  add: 'Ajouter une clé d’accès',
  name: 'Nom de la clé d’accès',
  defaultName: 'Ma clé d’accès',
  nameRequired: 'Saisissez un nom pour la clé d’accès.',
  remove: 'Supprimer',
  rename: 'Renommer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  working: 'En attente de votre clé d’accès…',
  heading: 'Clés d’accès',
  intro:
    'Une clé d’accès vous connecte avec votre empreinte, votre visage, le verrouillage de l’écran ou une clé de sécurité, sans mot de passe, et compte comme authentification à deux facteurs. Elle ne peut pas être hameçonnée.',
  none: 'Vous n’avez pas encore de clé d’accès.',
  created: 'Ajoutée le {{date}}',
  lastUsed: 'Dernière utilisation le {{date}}',
  neverUsed: 'Pas encore utilisée',
  added: 'Clé d’accès ajoutée.',
  removed: 'Clé d’accès supprimée.',
  renamed: 'Clé d’accès renommée.',
  removeTitle: 'Supprimer la clé d’accès «\u00a0{{name}}\u00a0»\u00a0?',
  removeText: 'Elle ne vous connectera plus. Vous pourrez l’ajouter à nouveau plus tard.',
  lastFactor:
    'C’est votre dernier second facteur, et votre organisation exige l’authentification à deux facteurs. Ajoutez d’abord une autre clé d’accès ou une application d’authentification.',
  failed: 'La clé d’accès n’a pas été acceptée. Réessayez ou choisissez un autre moyen.',
  cancelled: 'Aucune clé d’accès n’a été utilisée.',
  activationIntro:
    'Au lieu d’une application d’authentification, vous pouvez utiliser une clé d’accès\u00a0: le verrouillage de l’écran de votre appareil ou une clé de sécurité.',
};

export const passkeysText = { en, de, fr };
