import { auditLogText } from '@/features/audit-log/i18n';
import { sessionsText } from '@/features/sessions/i18n';
import { tenantSettingsText } from '@/features/tenant-settings/i18n';
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
  apiErrors: {
    validation_error: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
    invalid_credentials: 'Mandanten-Domain, Benutzername oder Passwort ist falsch.',
    invalid_code: 'Der Code ist ungültig oder wurde bereits verwendet.',
    login_expired: 'Dieser Anmeldeschritt ist abgelaufen. Bitte melden Sie sich erneut an.',
    two_factor_required:
      'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
    invalid_token: 'Dieser Link ist nicht mehr gültig. Fordern Sie eine neue E-Mail an.',
    username_taken: 'Ein anderer Benutzer dieses Mandanten hat bereits diesen Benutzernamen.',
    last_admin:
      'Dies ist der letzte aktive Administrator des Mandanten. Geben Sie zuerst einem anderen Benutzer die Administratorrolle.',
    own_account:
      'Das können Sie mit Ihrem eigenen Konto nicht tun. Ein anderer Administrator kann es.',
    subject_taken:
      'Dieses Konto des Reseller-Portals ist bereits mit einem anderen Konto verknüpft.',
    not_linked: 'Dieses Konto ist nicht mit dem Reseller-Portal verknüpft.',
    no_email:
      'Dieses Konto hat keine E-Mail-Adresse, an die der Link gehen kann. Tragen Sie zuerst eine ein.',
    managed_by_reseller_portal:
      'Dieses Konto meldet sich über das Reseller-Portal an, das sein Passwort und seinen Benutzernamen verwaltet.',
    too_many_attempts: 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
    weak_password: 'Wählen Sie ein sichereres Passwort.',
    unauthenticated: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
    forbidden: 'Dazu fehlt Ihnen die Berechtigung.',
    not_found: 'Das gibt es nicht mehr. Es wurde vielleicht inzwischen entfernt.',
    payload_too_large: 'Ihre Eingabe ist zu lang.',
    unsupported_media_type: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    service_unavailable:
      'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
    internal_error: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  },
  login: {
    heading: 'Anmelden',
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
      invalidCredentialsOrResellerPortal:
        'Mandanten-Domain, Benutzername oder Passwort ist falsch, oder dieses Konto meldet sich über das Reseller-Portal an.',
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
    resellerPortal: {
      or: 'oder',
      start: 'Login über das Reseller-Portal',
      signedOut: 'Sie sind abgemeldet.',
      signOutThere: 'Auch vom Reseller-Portal abmelden',
      refusal: {
        heading: 'Anmeldung über das Reseller-Portal fehlgeschlagen',
        reasons: {
          not_linked:
            'Ihr Konto im Reseller-Portal ist mit keinem Konto in diesem Portal verknüpft. Bitten Sie Ihre Administratorin oder Ihren Administrator, es zu verknüpfen.',
          mfa_required:
            'Für Ihr Konto ist die Zwei-Faktor-Authentifizierung erforderlich. Aktivieren Sie sie im Reseller-Portal und melden Sie sich erneut an.',
          account_disabled:
            'Ihr Konto in diesem Portal ist deaktiviert. Bitten Sie Ihre Administratorin oder Ihren Administrator, es zu aktivieren.',
          cancelled:
            'Die Anmeldung im Reseller-Portal wurde abgebrochen oder nicht abgeschlossen. Bitte versuchen Sie es erneut.',
          invalid_response:
            'Die Antwort des Reseller-Portals konnte nicht überprüft werden. Bitte versuchen Sie es erneut.',
          unavailable:
            'Das Reseller-Portal ist derzeit nicht erreichbar. Bitte versuchen Sie es in Kürze erneut.',
          unknown:
            'Die Anmeldung über das Reseller-Portal hat nicht funktioniert. Bitte versuchen Sie es erneut.',
        },
        tryAgain: 'Erneut versuchen',
        backToLogin: 'Zurück zur Anmeldung',
      },
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
      text: 'Dieser Link ist nicht mehr gültig. Links funktionieren einmal und begrenzte Zeit (30 Minuten; 7 Tage für ein neues Konto); eine neuere E-Mail ersetzt ältere Links.',
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
      customers: 'Kunden',
      users: 'Benutzer',
      settings: 'Mandanteneinstellungen',
      audit: 'Audit-Protokoll',
      account: 'Konto',
      sessions: 'Sitzungen',
    },
    actingIn: 'Tätig für {{name}}',
    switchCustomer: 'Kunden wechseln',
    pager: {
      range: '{{from}}–{{to}} von {{total}}',
      previous: 'Zurück',
      next: 'Weiter',
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
      twoFactorAtPortal: 'Im Reseller-Portal verwaltet',
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
      resellerPortal:
        'Sie melden sich über das Reseller-Portal an. Ihr Passwort und Ihre Zwei-Faktor-Authentifizierung werden dort verwaltet.',
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
  customers: {
    documentTitle: 'Kunden auswählen',
    heading: 'Kunden auswählen',
    intro:
      'Wählen Sie den Kundenmandanten, in dem Sie arbeiten möchten. Die zuletzt verwendeten Kunden stehen oben.',
    search: 'Kunden suchen',
    searchHint: 'Teil eines Kundennamens oder einer Mandanten-Domain',
    caption: 'Kunden',
    pages: 'Kundenseiten',
    empty: 'Keine Kunden gefunden.',
    loadError: 'Die Kunden konnten nicht geladen werden.',
    columns: {
      name: 'Kunde',
      domain: 'Mandanten-Domain',
      lastUsed: 'Zuletzt verwendet',
      action: 'Aktion',
    },
    notUsedYet: 'Noch nicht verwendet',
    current: 'Aktuell',
    select: 'Auswählen',
    selectCustomer: '{{name}} auswählen',
    switching: 'Wechsel zu {{name}} …',
    backToOwn: 'Wieder in {{name}} arbeiten',
    backToOwnText: 'Sie arbeiten in {{name}}.',
    backToOwnDone: 'Sie arbeiten wieder in {{name}}.',
    errors: {
      notFound: 'Dieser Kunde ist nicht verfügbar. Die Liste wurde aktualisiert.',
      forbidden: 'Sie sind nicht berechtigt, Kunden auszuwählen.',
    },
  },
  users: {
    documentTitle: 'Benutzer',
    heading: 'Benutzerverwaltung',
    intro: 'Die Personen, die sich bei diesem Mandanten anmelden können.',
    search: 'Benutzer suchen',
    searchHint: 'Teil eines Benutzernamens, Namens oder einer E-Mail-Adresse',
    caption: 'Benutzer',
    pages: 'Benutzerseiten',
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
      noRole: 'Keine Rolle',
      errors: {
        usernameRequired: 'Geben Sie einen Benutzernamen ein.',
        usernameTooShort: 'Der Benutzername muss mindestens {{min}} Zeichen haben.',
        usernameTooLong: 'Der Benutzername darf höchstens {{max}} Zeichen haben.',
        usernameCharacters:
          'Verwenden Sie nur Buchstaben, Ziffern und . _ @ - und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
        usernameTaken: 'Ein anderer Benutzer dieses Mandanten hat bereits diesen Benutzernamen.',
        displayNameTooLong: 'Der Anzeigename darf höchstens {{max}} Zeichen haben.',
        displayNameInvalid: 'Prüfen Sie den Anzeigenamen.',
        emailRequired: 'Geben Sie eine E-Mail-Adresse ein.',
        emailTooLong: 'Die E-Mail-Adresse darf höchstens {{max}} Zeichen haben.',
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
      busy: 'Der Benutzer wird angelegt …',
      done: 'Benutzer angelegt. Eine E-Mail zum Festlegen des Passworts wurde an {{email}} gesendet.',
    },
    edit: {
      title: 'Benutzer bearbeiten',
      description: 'Ändern Sie die Angaben und die Rolle von {{username}}.',
      submit: 'Änderungen speichern',
      busy: 'Wird gespeichert …',
      done: 'Die Änderungen an {{username}} wurden gespeichert.',
    },
    deactivate: {
      title: 'Benutzer deaktivieren',
      text: '{{username}} kann sich nicht mehr anmelden, und offene Sitzungen enden sofort.',
      confirm: 'Deaktivieren',
      busy: 'Wird deaktiviert …',
      done: '{{username}} wurde deaktiviert.',
    },
    activate: {
      title: 'Benutzer aktivieren',
      text: '{{username}} kann sich wieder anmelden.',
      confirm: 'Aktivieren',
      busy: 'Wird aktiviert …',
      done: '{{username}} wurde aktiviert.',
    },
    delete: {
      title: 'Benutzer löschen',
      text: '{{username}} löschen? Das Konto und seine Anmeldedaten werden endgültig entfernt.',
      confirm: 'Löschen',
      busy: 'Wird gelöscht …',
      done: '{{username}} wurde gelöscht.',
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
    linkResellerPortal: {
      title: 'Mit Reseller-Portal verknüpfen',
      description:
        '{{username}} meldet sich ab jetzt über das Reseller-Portal an. Passwort und Zwei-Faktor-Authentifizierung hier werden entfernt, offene Sitzungen enden.',
      subject: 'Subject im Reseller-Portal',
      subjectHint: 'Die ID des Kontos im Reseller-Portal.',
      submit: 'Konto verknüpfen',
      busy: 'Wird verknüpft …',
      done: '{{username}} ist jetzt mit dem Reseller-Portal verknüpft.',
      errors: {
        required: 'Geben Sie die ID des Kontos im Reseller-Portal ein.',
        invalid: 'Prüfen Sie das Subject im Reseller-Portal.',
        alreadyLinked:
          'Dieses Konto im Reseller-Portal ist bereits mit einem anderen Benutzer verknüpft.',
      },
    },
    unlinkResellerPortal: {
      title: 'Vom Reseller-Portal trennen',
      text: '{{username}} meldet sich nicht mehr über das Reseller-Portal an, erhält eine E-Mail mit einem Link zum Festlegen eines Passworts und kann sich hier anmelden, sobald es festgelegt ist.',
      confirm: 'Trennen',
      busy: 'Wird getrennt …',
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
      forbidden: 'Dazu sind Sie nicht berechtigt.',
      lastAdmin:
        'Dies ist der letzte aktive Administrator des Mandanten. Geben Sie zuerst einem anderen Benutzer die Administratorrolle.',
      ownAccount: {
        demote:
          'Sie können Ihre eigene Administratorrolle nicht entfernen. Ein anderer Administrator kann das tun.',
        deactivate:
          'Sie können Ihr eigenes Konto nicht deaktivieren. Ein anderer Administrator kann das tun.',
        delete:
          'Sie können Ihr eigenes Konto nicht löschen. Ein anderer Administrator kann das tun.',
      },
      validation: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
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
  tenantSettings: tenantSettingsText.de,
  sessions: sessionsText.de,
  auditLog: auditLogText.de,
};
