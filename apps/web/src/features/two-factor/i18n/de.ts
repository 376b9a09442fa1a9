import type { TwoFactorText } from './en';

/** German: typed by the English reference (en.ts), so it has exactly its keys. */
export const de: TwoFactorText = {
  challenge: {
    title: 'Zwei-Faktor-Authentifizierung',
    totpDescription:
      'Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.',
    recoveryDescription:
      'Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben.',
    recoveryCodeLabel: 'Wiederherstellungscode',
    recoveryCodeRequired: 'Geben Sie einen Ihrer Wiederherstellungscodes ein.',
    verify: 'Bestätigen',
    verifying: 'Der Code wird geprüft …',
    useRecoveryCode: 'Wiederherstellungscode verwenden',
    useAuthenticatorApp: 'Authenticator-App verwenden',
    invalidCode:
      'Der Code ist ungültig. Geben Sie den aktuell angezeigten Code aus Ihrer Authenticator-App ein.',
    invalidRecoveryCode: 'Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet.',
  },
  setup: {
    passwordChanged:
      'Ihr Passwort wurde geändert. Ein Schritt fehlt noch: Richten Sie die Zwei-Faktor-Authentifizierung ein.',
    passwordSet:
      'Ihr Passwort ist festgelegt. Ein Schritt fehlt noch: Richten Sie die Zwei-Faktor-Authentifizierung ein.',
    secretChanged:
      'Dieser QR-Code ist neu: Der zuvor angezeigte gilt nicht mehr. Löschen Sie den alten Eintrag in Ihrer Authenticator-App und scannen Sie dann diesen Code.',
    heading: 'Zwei-Faktor-Authentifizierung aktivieren',
    intro:
      'Die Zwei-Faktor-Authentifizierung schützt Ihr Konto: Bei der Anmeldung geben Sie zusätzlich zu Ihrem Passwort einen 6-stelligen Code aus einer Authenticator-App auf Ihrem Smartphone ein.',
    introPending:
      'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung. Richten Sie sie jetzt ein, um die Anmeldung abzuschließen.',
    howItWorks: 'Wie funktioniert das?',
    howItWorksTitle: 'So funktioniert die Zwei-Faktor-Authentifizierung',
    stepInstall:
      'Installieren Sie eine Authenticator-App auf Ihrem Smartphone, zum Beispiel Google Authenticator, Microsoft Authenticator, Aegis oder 1Password. Jede App für zeitbasierte Codes (RFC 6238) funktioniert.',
    stepScan:
      'Fügen Sie in der App ein Konto hinzu und scannen Sie den QR-Code auf dieser Seite. Falls das Scannen nicht möglich ist, geben Sie stattdessen den geheimen Schlüssel ein.',
    stepEnter:
      'Geben Sie den 6-stelligen Code ein, den die App dann anzeigt, und wählen Sie „Aktivieren“. Danach melden Sie sich mit Ihrem Passwort und dem jeweils aktuellen Code aus der App an.',
    scanHeading: 'QR-Code scannen',
    scanText: 'Scannen Sie diesen QR-Code mit Ihrer Authenticator-App.',
    qrCode: 'QR-Code',
    openInAppText:
      'Sie richten die App auf diesem Smartphone ein? Öffnen Sie den Schlüssel direkt in der App.',
    openInApp: 'In Authenticator-App öffnen',
    secretKey: 'Geheimer Schlüssel',
    secretText:
      'Scannen nicht möglich? Geben Sie stattdessen diesen geheimen Schlüssel in der App ein.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed:
      'Automatisches Kopieren ist hier nicht möglich. Markieren Sie den Text und kopieren Sie ihn manuell.',
    confirmHeading: 'Code eingeben',
    confirmText:
      'Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt, um zu bestätigen, dass alles funktioniert.',
    activate: 'Aktivieren',
    activating: 'Wird aktiviert …',
    invalidCode:
      'Der Code ist ungültig. Prüfen Sie, ob die Uhrzeit auf Ihrem Smartphone stimmt, und geben Sie den aktuell angezeigten Code ein.',
    cancel: 'Abbrechen',
    preparing: 'Die Zwei-Faktor-Authentifizierung wird vorbereitet …',
    prepareFailed: 'Die Zwei-Faktor-Authentifizierung konnte nicht vorbereitet werden.',
    alreadyEnabled: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bereits aktiviert.',
    backToPortal: 'Zurück zum Portal',
  },
  recoveryCodes: {
    heading: 'Speichern Sie Ihre Wiederherstellungscodes',
    intro:
      'Die Zwei-Faktor-Authentifizierung ist jetzt aktiviert. Falls Sie Ihre Authenticator-App einmal nicht verwenden können, melden Sie sich stattdessen mit einem dieser Wiederherstellungscodes an.',
    note: 'Jeder Code kann nur einmal verwendet werden. Bewahren Sie die Codes sicher auf, etwa in einem Passwort-Manager – sie werden nur dieses eine Mal angezeigt.',
    listLabel: 'Wiederherstellungscodes',
    copy: 'Codes kopieren',
    download: 'Herunterladen',
    continue: 'Weiter zum Portal',
    renewedIntro:
      'Hier sind Ihre neuen Wiederherstellungscodes. Die alten funktionieren nicht mehr. Falls Sie Ihre Authenticator-App einmal nicht verwenden können, melden Sie sich stattdessen mit einem dieser Codes an.',
    done: 'Fertig',
    cardHeading: 'Wiederherstellungscodes',
    remaining_one: 'Sie haben noch {{count}} Wiederherstellungscode.',
    remaining_other: 'Sie haben noch {{count}} Wiederherstellungscodes.',
    renewText: 'Ein neuer Satz ersetzt alle Codes, die Sie jetzt haben.',
    renew: 'Neue Wiederherstellungscodes',
    renewing: 'Neue Wiederherstellungscodes werden erstellt …',
    fileHeading: '{{product}} – Wiederherstellungscodes',
    fileTenant: 'Mandanten-Domain: {{tenant}}',
    fileUsername: 'Benutzername: {{username}}',
    fileAccount: 'Konto: {{account}}',
    fileCreated: 'Erstellt: {{date}}',
    fileNote: 'Jeder Code kann nur einmal verwendet werden.',
  },
};
