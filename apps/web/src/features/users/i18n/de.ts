import type { UsersText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: UsersText = {
  documentTitle: 'Benutzer',
  heading: 'Benutzerverwaltung',
  intro: 'Die Personen, die sich bei {{tenant}} ({{domain}}) anmelden können.',
  search: 'Benutzer suchen',
  searchHint: 'Teil eines Benutzernamens, Namens oder einer E-Mail-Adresse',
  caption: 'Benutzer',
  pages: 'Seiten der Benutzerliste',
  empty: 'Keine Benutzer gefunden.',
  loadError: 'Die Benutzer konnten nicht geladen werden.',
  columns: {
    username: 'Benutzername',
    name: 'Name',
    email: 'E-Mail',
    roles: 'Rollen',
    twoFactor: '2FA',
    lastLogin: 'Letzte Anmeldung',
    options: 'Optionen',
  },
  noEmail: 'Keine E-Mail-Adresse',
  noRoles: 'Keine Rollen',
  twoFactorTotp: 'Authenticator-App',
  twoFactorPasskey: 'Passkey',
  twoFactorBoth: 'Authenticator-App und Passkey',
  twoFactorOff: 'Nicht aktiviert',
  twoFactorManaged: 'Über das Reseller-Portal verwaltet',
  neverSignedIn: 'Nie',
  deactivated: 'Deaktiviert',
  resellerPortal: 'Mit dem Reseller-Portal verknüpft',
  options: {
    button: 'Benutzeroptionen',
    edit: 'Benutzer bearbeiten',
    resetPassword: 'Passwort zurücksetzen',
    resetTwoFactor: '2FA zurücksetzen',
    linkResellerPortal: 'Mit Reseller-Portal verknüpfen',
    unlinkResellerPortal: 'Vom Reseller-Portal trennen',
    deactivate: 'Benutzer deaktivieren',
    activate: 'Benutzer aktivieren',
    delete: 'Benutzer löschen',
  },
  form: {
    username: 'Benutzername',
    usernameHint:
      '{{min}} bis {{max}} Zeichen: Buchstaben, Ziffern und . _ @ -, beginnend mit einem Buchstaben oder einer Ziffer.',
    usernameManaged: 'Wird im Reseller-Portal verwaltet.',
    displayName: 'Anzeigename',
    email: 'E-Mail',
    role: 'Rolle',
    roleHint:
      'Administratoren verwalten Benutzer und die 2FA-Richtlinie und lesen das Audit-Protokoll; sie müssen die Zwei-Faktor-Authentifizierung verwenden.',
    noRole: 'Keine Rolle',
    errors: {
      usernameRequired: 'Geben Sie einen Benutzernamen ein.',
      usernameTooShort: 'Der Benutzername muss mindestens {{min}} Zeichen lang sein.',
      usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen lang sein.',
      usernameCharacters:
        'Verwenden Sie nur Buchstaben, Ziffern und . _ @ - und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
      usernameTaken: 'Dieser Benutzername ist in diesem Mandanten bereits vergeben.',
      displayNameTooLong: 'Der Anzeigename darf höchstens {{max}} Zeichen lang sein.',
      displayNameInvalid: 'Prüfen Sie den Anzeigenamen.',
      emailRequired: 'Geben Sie eine E-Mail-Adresse ein.',
      emailTooLong: 'Die E-Mail-Adresse darf höchstens {{max}} Zeichen lang sein.',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
      roleRequired: 'Wählen Sie eine Rolle.',
    },
  },
  create: {
    button: 'Benutzer anlegen',
    title: 'Benutzer anlegen',
    description:
      'Der neue Benutzer erhält eine E-Mail mit einem Link, um ein Passwort festzulegen.',
    submit: 'Anlegen und E-Mail senden',
    busy: 'Der Benutzer wird angelegt …',
    done: 'Benutzer angelegt. Eine E-Mail zum Festlegen des Passworts wurde an {{email}} gesendet.',
  },
  edit: {
    title: 'Benutzer bearbeiten',
    description: 'Ändern Sie die Angaben und die Rolle von {{username}}.',
    submit: 'Änderungen speichern',
    busy: 'Wird gespeichert …',
    done: 'Die Änderungen an {{username}} wurden gespeichert.',
  },
  deactivate: {
    title: 'Benutzer deaktivieren',
    text: '{{username}} kann sich nicht mehr anmelden, und offene Sitzungen enden sofort.',
    confirm: 'Deaktivieren',
    busy: 'Wird deaktiviert …',
    done: '{{username}} wurde deaktiviert.',
  },
  activate: {
    title: 'Benutzer aktivieren',
    text: '{{username}} kann sich wieder anmelden.',
    confirm: 'Aktivieren',
    busy: 'Wird aktiviert …',
    done: '{{username}} wurde aktiviert.',
  },
  delete: {
    title: 'Benutzer löschen',
    text: '{{username}} löschen? Das Konto und seine Anmeldedaten werden endgültig entfernt.',
    confirm: 'Löschen',
    busy: 'Wird gelöscht …',
    done: '{{username}} wurde gelöscht.',
  },
  resetPassword: {
    title: 'Passwort zurücksetzen',
    text: '{{username}} erhält eine E-Mail mit einem Link, um ein neues Passwort festzulegen.',
    confirm: 'E-Mail senden',
    busy: 'Wird gesendet …',
    done: 'Eine E-Mail zum Zurücksetzen des Passworts wurde an {{username}} gesendet.',
  },
  resetTwoFactor: {
    title: 'Zwei-Faktor-Authentifizierung zurücksetzen',
    text: '{{username}} muss die Zwei-Faktor-Authentifizierung bei der nächsten Anmeldung erneut einrichten.',
    confirm: '2FA zurücksetzen',
    busy: 'Wird zurückgesetzt …',
    done: 'Die Zwei-Faktor-Authentifizierung von {{username}} wurde zurückgesetzt.',
  },
  linkResellerPortal: {
    title: 'Mit Reseller-Portal verknüpfen',
    description:
      '{{username}} meldet sich ab jetzt über das Reseller-Portal an. Das Passwort und die Zwei-Faktor-Authentifizierung in diesem Portal werden entfernt und offene Sitzungen beendet.',
    subject: 'Konto-ID im Reseller-Portal',
    subjectHint:
      'Die ID des Kontos dieser Person im Reseller-Portal, wie das Reseller-Portal sie anzeigt.',
    submit: 'Konto verknüpfen',
    busy: 'Wird verknüpft …',
    done: '{{username}} ist jetzt mit dem Reseller-Portal verknüpft.',
    errors: {
      required: 'Geben Sie die ID des Kontos im Reseller-Portal ein.',
      invalid: 'Prüfen Sie die Konto-ID.',
      alreadyLinked:
        'Dieses Konto im Reseller-Portal ist bereits mit einem anderen Benutzer verknüpft.',
    },
  },
  unlinkResellerPortal: {
    title: 'Vom Reseller-Portal trennen',
    text: '{{username}} meldet sich nicht mehr über das Reseller-Portal an, erhält eine E-Mail mit einem Link zum Festlegen eines Passworts und kann sich hier anmelden, sobald es festgelegt ist.',
    confirm: 'Trennen',
    busy: 'Wird getrennt …',
    done: '{{username}} wurde vom Reseller-Portal getrennt. Eine E-Mail zum Festlegen eines Passworts wurde gesendet.',
    errors: {
      noEmail:
        'Dieses Konto hat keine E-Mail-Adresse für den Link zum Festlegen eines Passworts. Fügen Sie zuerst mit „Benutzer bearbeiten“ eine hinzu.',
      notLinked:
        'Dieses Konto ist nicht mehr mit dem Reseller-Portal verknüpft. Die Liste wurde aktualisiert.',
    },
  },
  cancel: 'Abbrechen',
  errors: {
    notFound: 'Diesen Benutzer gibt es nicht mehr.',
    forbidden: 'Sie sind nicht berechtigt, diese Aktion auszuführen.',
    lastAdmin:
      'Dies ist der letzte aktive Administrator des Mandanten. Weisen Sie zuerst einem anderen Benutzer die Administratorrolle zu.',
    ownAccount: {
      demote:
        'Sie können Ihre eigene Administratorrolle nicht entfernen. Ein anderer Administrator kann das tun.',
      deactivate:
        'Sie können Ihr eigenes Konto nicht deaktivieren. Ein anderer Administrator kann das tun.',
      delete: 'Sie können Ihr eigenes Konto nicht löschen. Ein anderer Administrator kann das tun.',
    },
    validation: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  },
};
