import type { Translation } from './en';

export const de: Translation = {
  common: {
    productName: 'Unified Security Portal',
    documentTitle: '{{page}} – Unified Security Portal',
    language: 'Sprache',
    loading: 'Wird geladen …',
    close: 'Schließen',
    serviceUnavailable:
      'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in Kürze erneut.',
    tryAgain: 'Erneut versuchen',
    unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    tooManyAttemptsMinutes_one:
      'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minute erneut.',
    tooManyAttemptsMinutes_other:
      'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Minuten erneut.',
    tooManyAttemptsSeconds_one:
      'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunde erneut.',
    tooManyAttemptsSeconds_other:
      'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in {{count}} Sekunden erneut.',
    tooManyRequestsMinutes_one: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Minute erneut.',
    tooManyRequestsMinutes_other:
      'Zu viele Anfragen. Versuchen Sie es in {{count}} Minuten erneut.',
    tooManyRequestsSeconds_one: 'Zu viele Anfragen. Versuchen Sie es in {{count}} Sekunde erneut.',
    tooManyRequestsSeconds_other:
      'Zu viele Anfragen. Versuchen Sie es in {{count}} Sekunden erneut.',
  },
  languages: {
    en: 'English',
    de: 'Deutsch',
    fr: 'Français',
  },
  login: {
    heading: 'Anmelden',
    method: {
      legend: 'Wie möchten Sie sich anmelden?',
      unified: 'Login mit Unified-Security-Konto',
      resellerPortal: 'Login über das Reseller-Portal',
      resellerPortalHint: 'Die Anmeldung über das Reseller-Portal ist noch nicht verfügbar.',
    },
    tenantDomain: 'Mandanten-Domain',
    tenantDomainHint: 'Zum Beispiel acme-123456.tenant',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    submitting: 'Anmeldung läuft …',
    passwordForgotten: 'Passwort vergessen?',
    passwordChanged: 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
    fieldErrors: {
      tenantDomainRequired: 'Geben Sie Ihre Mandanten-Domain ein.',
      tenantDomainTooLong: 'Die Mandanten-Domain darf höchstens {{max}} Zeichen lang sein.',
      tenantDomainInvalid: 'Prüfen Sie die Mandanten-Domain.',
      usernameRequired: 'Geben Sie Ihren Benutzernamen ein.',
      usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen lang sein.',
      usernameInvalid: 'Prüfen Sie den Benutzernamen.',
      passwordRequired: 'Geben Sie Ihr Passwort ein.',
      passwordTooLong: 'Das Passwort darf höchstens {{max}} Zeichen lang sein.',
      passwordInvalid: 'Prüfen Sie das Passwort.',
    },
    errors: {
      invalidCredentials: 'Mandanten-Domain, Benutzername oder Passwort ist falsch.',
      validation: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
      sessionEnded: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
      loginExpired:
        'Ihre Anmeldung ist abgelaufen oder es wurden zu viele falsche Codes eingegeben. Bitte melden Sie sich erneut an.',
    },
    passwordForgottenDialog: {
      title: 'Passwort zurücksetzen',
      description:
        'Geben Sie Ihre Mandanten-Domain und Ihren Benutzernamen ein. Wir senden Ihnen eine E-Mail mit einem Link, über den Sie ein neues Passwort wählen können.',
      submit: 'Link zum Zurücksetzen senden',
      submitting: 'Wird gesendet …',
      cancel: 'Abbrechen',
      sent: 'Falls ein Konto mit diesen Angaben existiert, haben wir eine E-Mail mit einem Link zum Zurücksetzen des Passworts gesendet. Der Link ist 30 Minuten lang gültig.',
    },
  },
  passwordReset: {
    heading: 'Passwort ändern',
    checking: 'Der Link wird geprüft …',
    checkFailed: 'Der Link konnte nicht geprüft werden.',
    intro: 'Wählen Sie ein neues Passwort für dieses Konto:',
    tenantDomain: 'Mandanten-Domain',
    username: 'Benutzername',
    newPassword: 'Neues Passwort',
    newPasswordHint:
      'Verwenden Sie {{min}} bis {{max}} Zeichen, ohne Ihren Benutzernamen oder Ihre Mandanten-Domain. Einige zusammenhanglose Wörter ergeben ein starkes Passwort, das man sich leicht merkt.',
    confirmPassword: 'Passwort bestätigen',
    confirmRequired: 'Geben Sie das neue Passwort ein zweites Mal ein.',
    mismatch: 'Die Passwörter stimmen nicht überein.',
    showPasswords: 'Passwörter anzeigen',
    strength: 'Passwortstärke',
    strengthLevels: {
      weak: 'Schwach',
      fair: 'Mittel',
      good: 'Gut',
      strong: 'Stark',
    },
    reasons: {
      too_short: 'Das Passwort ist zu kurz: Verwenden Sie mindestens {{min}} Zeichen.',
      too_long: 'Das Passwort ist zu lang: Verwenden Sie höchstens {{max}} Zeichen.',
      common:
        'Dieses Passwort steht auf einer Liste häufiger oder kompromittierter Passwörter. Wählen Sie ein anderes Passwort.',
      contains_username: 'Das Passwort darf Ihren Benutzernamen nicht enthalten.',
      contains_tenant_domain: 'Das Passwort darf Ihre Mandanten-Domain nicht enthalten.',
    },
    rejected: 'Dieses Passwort kann nicht verwendet werden. Wählen Sie ein anderes Passwort.',
    submit: 'Passwort ändern',
    submitting: 'Das Passwort wird geändert …',
    invalid: {
      heading: 'Link nicht mehr gültig',
      text: 'Dieser Link ist nicht mehr gültig. Links funktionieren einmal und 30 Minuten lang; eine neuere E-Mail ersetzt ältere Links.',
      newLink: 'Neuen Link anfordern',
    },
  },
  portal: {
    skipToContent: 'Zum Hauptinhalt springen',
    mainNavigation: 'Hauptmenü',
    tenantLabel: 'Mandant',
    userLabel: 'Angemeldet als',
    logOut: 'Abmelden',
    menu: {
      home: 'Startseite',
      users: 'Benutzer',
      account: 'Konto',
    },
    twoFactorBanner: {
      label: 'Sicherheitshinweis',
      text: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto ab dem {{date}} erforderlich. Aktivieren Sie sie jetzt, um den Zugang zu behalten.',
      enable: '2FA aktivieren',
    },
    logoutFailed: 'Die Abmeldung hat nicht funktioniert. Bitte versuchen Sie es erneut.',
    loadError: 'Ihr Konto konnte nicht geladen werden.',
  },
  home: {
    documentTitle: 'Startseite',
    welcome: 'Willkommen, {{name}}',
    intro: 'Sie sind im Unified Security Portal angemeldet.',
    account: {
      heading: 'Ihr Konto',
      username: 'Benutzername',
      displayName: 'Anzeigename',
      email: 'E-Mail',
      roles: 'Rollen',
      tenant: 'Mandant',
      actingTenant: 'Tätig im Mandanten',
      twoFactor: 'Zwei-Faktor-Authentifizierung',
      twoFactorOn: 'Aktiviert',
      twoFactorOff: 'Nicht aktiviert',
      noRoles: 'Keine Rollen',
    },
  },
  twoFactor: {
    codeLabel: 'Authentifizierungscode',
    codeRequired: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
    challenge: {
      title: 'Zwei-Faktor-Authentifizierung',
      totpDescription:
        'Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.',
      recoveryDescription:
        'Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben.',
      recoveryCodeLabel: 'Wiederherstellungscode',
      recoveryCodeRequired: 'Geben Sie einen Ihrer Wiederherstellungscodes ein.',
      verify: 'Bestätigen',
      verifying: 'Der Code wird geprüft …',
      useRecoveryCode: 'Wiederherstellungscode verwenden',
      useAuthenticatorApp: 'Authenticator-App verwenden',
      invalidCode:
        'Der Code ist ungültig. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.',
      invalidRecoveryCode: 'Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet.',
    },
    setup: {
      heading: 'Zwei-Faktor-Authentifizierung aktivieren',
      intro:
        'Die Zwei-Faktor-Authentifizierung schützt Ihr Konto: Neben Ihrem Passwort fragt die Anmeldung nach einem 6-stelligen Code aus einer Authenticator-App auf Ihrem Smartphone.',
      introPending:
        'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung. Richten Sie sie jetzt ein, um die Anmeldung abzuschließen.',
      howItWorks: 'Wie funktioniert das?',
      howItWorksTitle: 'So funktioniert die Zwei-Faktor-Authentifizierung',
      stepInstall:
        'Installieren Sie eine Authenticator-App auf Ihrem Smartphone, zum Beispiel Google Authenticator, Microsoft Authenticator, Aegis oder 1Password. Jede App für zeitbasierte Codes (RFC 6238) funktioniert.',
      stepScan:
        'Fügen Sie in der App ein Konto hinzu und scannen Sie den QR-Code auf dieser Seite. Falls das Scannen nicht klappt, geben Sie stattdessen den geheimen Schlüssel ein.',
      stepEnter:
        'Geben Sie den 6-stelligen Code ein, den die App dann anzeigt, und wählen Sie „Aktivieren“. Ab dann melden Sie sich mit Ihrem Passwort und einem aktuellen Code aus der App an.',
      scanHeading: 'QR-Code scannen',
      scanText: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
      qrCode: 'QR-Code',
      secretKey: 'Geheimer Schlüssel',
      secretText:
        'Scannen nicht möglich? Geben Sie stattdessen diesen geheimen Schlüssel in der App ein.',
      copy: 'Kopieren',
      copied: 'Kopiert',
      copyFailed:
        'Kopieren ist hier nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
      confirmHeading: 'Code eingeben',
      confirmText:
        'Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt, um zu bestätigen, dass alles funktioniert.',
      activate: 'Aktivieren',
      activating: 'Wird aktiviert …',
      invalidCode:
        'Der Code ist ungültig. Prüfen Sie die Uhrzeit auf Ihrem Smartphone und versuchen Sie den aktuellen Code.',
      cancel: 'Abbrechen',
      preparing: 'Die Zwei-Faktor-Authentifizierung wird vorbereitet …',
      prepareFailed: 'Die Zwei-Faktor-Authentifizierung konnte nicht vorbereitet werden.',
      alreadyEnabled: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bereits aktiviert.',
      backToPortal: 'Zurück zum Portal',
    },
    recoveryCodes: {
      heading: 'Speichern Sie Ihre Wiederherstellungscodes',
      intro:
        'Die Zwei-Faktor-Authentifizierung ist jetzt aktiviert. Falls Sie Ihre Authenticator-App einmal nicht verwenden können, melden Sie sich stattdessen mit einem dieser Wiederherstellungscodes an.',
      note: 'Jeder Code funktioniert nur einmal. Bewahren Sie die Codes sicher auf, etwa in einem Passwort-Manager: Sie werden nur jetzt angezeigt.',
      listLabel: 'Wiederherstellungscodes',
      copy: 'Codes kopieren',
      download: 'Herunterladen',
      continue: 'Weiter zum Portal',
      fileHeading: '{{product}} – Wiederherstellungscodes',
      fileTenant: 'Mandanten-Domain: {{tenant}}',
      fileUsername: 'Benutzername: {{username}}',
      fileAccount: 'Konto: {{account}}',
      fileCreated: 'Erstellt: {{date}}',
      fileNote: 'Jeder Code funktioniert nur einmal.',
    },
  },
  account: {
    security: {
      documentTitle: 'Kontosicherheit',
      heading: 'Kontosicherheit',
      intro: 'Wie Sie sich beim Unified Security Portal anmelden.',
    },
    twoFactor: {
      heading: 'Zwei-Faktor-Authentifizierung',
      status: 'Status',
      on: 'Aktiviert',
      off: 'Nicht aktiviert',
      onText: 'Die Anmeldung fragt nach dem Passwort einen Code aus Ihrer Authenticator-App ab.',
      offText:
        'Schützen Sie Ihr Konto bei der Anmeldung mit einem Code aus einer Authenticator-App auf Ihrem Smartphone.',
      requiredText: 'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
      enable: 'Zwei-Faktor-Authentifizierung aktivieren',
      requiredNote:
        'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung, daher kann sie nicht deaktiviert werden.',
      disableHeading: 'Zwei-Faktor-Authentifizierung deaktivieren',
      disableText:
        'Bestätigen Sie dies mit Ihrem Passwort und einem aktuellen Code aus Ihrer Authenticator-App.',
      password: 'Passwort',
      passwordRequired: 'Geben Sie Ihr Passwort ein.',
      disable: 'Deaktivieren',
      disabling: 'Wird deaktiviert …',
      disabled: 'Die Zwei-Faktor-Authentifizierung wurde deaktiviert.',
      invalidPassword: 'Das Passwort ist falsch.',
      invalidCode:
        'Der Code ist ungültig. Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein.',
    },
  },
  users: {
    documentTitle: 'Benutzer',
    heading: 'Benutzerverwaltung',
    intro: 'Die Personen, die sich bei diesem Mandanten anmelden können.',
    search: 'Benutzer suchen',
    searchHint: 'Teil eines Benutzernamens, Namens oder einer E-Mail-Adresse',
    caption: 'Benutzer',
    showing: '{{shown}} von {{total}} angezeigt',
    empty: 'Keine Benutzer gefunden.',
    loadError: 'Die Benutzer konnten nicht geladen werden.',
    columns: {
      username: 'Benutzername',
      name: 'Name',
      email: 'E-Mail',
      roles: 'Rollen',
      twoFactor: 'Zwei-Faktor',
      lastLogin: 'Letzte Anmeldung',
      options: 'Optionen',
    },
    noEmail: 'Keine E-Mail-Adresse',
    noRoles: 'Keine Rollen',
    twoFactorOn: 'Aktiviert',
    twoFactorOff: 'Nicht aktiviert',
    neverSignedIn: 'Nie',
    deactivated: 'Deaktiviert',
    resellerPortal: 'Mit dem Reseller-Portal verknüpft',
    options: {
      button: 'Benutzeroptionen',
      resetPassword: 'Passwort zurücksetzen',
      resetTwoFactor: '2FA zurücksetzen',
    },
    resetPassword: {
      title: 'Passwort zurücksetzen',
      text: '{{username}} erhält eine E-Mail mit einem Link, um ein neues Passwort festzulegen.',
      confirm: 'E-Mail senden',
      busy: 'Wird gesendet …',
      done: 'Eine E-Mail zum Zurücksetzen des Passworts wurde an {{username}} gesendet.',
    },
    resetTwoFactor: {
      title: 'Zwei-Faktor-Authentifizierung zurücksetzen',
      text: '{{username}} muss die Zwei-Faktor-Authentifizierung bei der nächsten Anmeldung erneut einrichten.',
      confirm: '2FA zurücksetzen',
      busy: 'Wird zurückgesetzt …',
      done: 'Die Zwei-Faktor-Authentifizierung von {{username}} wurde zurückgesetzt.',
    },
    cancel: 'Abbrechen',
    errors: {
      notFound: 'Diesen Benutzer gibt es nicht mehr.',
      forbidden: 'Dazu sind Sie nicht berechtigt.',
    },
  },
  roles: {
    admin: 'Administrator',
    user: 'Benutzer',
  },
  notFound: {
    heading: 'Seite nicht gefunden',
    body: 'Die gesuchte Seite existiert nicht.',
    backHome: 'Zur Startseite',
  },
  errorPage: {
    heading: 'Etwas ist schiefgelaufen',
    body: 'Ein unerwarteter Fehler ist aufgetreten. Laden Sie die Seite neu, um es erneut zu versuchen.',
    reload: 'Seite neu laden',
  },
};
