import type { ErrorCode } from '@portal/shared';

/** German: typed by the catalogue of error codes, like en.ts. */
export const de: Record<ErrorCode, string> = {
  validation_error: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  invalid_credentials: 'Mandanten-Domain, Benutzername oder Passwort ist falsch.',
  invalid_code: 'Der Code ist ungültig oder wurde bereits verwendet.',
  code_already_used:
    'Dieser Code wurde gerade verwendet. Warten Sie auf den nächsten Code in Ihrer App.',
  login_expired: 'Dieser Anmeldeschritt ist abgelaufen. Bitte melden Sie sich erneut an.',
  two_factor_required:
    'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
  two_factor_not_enabled: 'Für Ihr Konto ist die Zwei-Faktor-Authentifizierung nicht aktiviert.',
  invalid_token: 'Dieser Link ist nicht mehr gültig. Fordern Sie eine neue E-Mail an.',
  username_taken: 'Dieser Benutzername ist in diesem Mandanten bereits vergeben.',
  last_admin:
    'Dies ist der letzte aktive Administrator des Mandanten. Weisen Sie zuerst einem anderen Benutzer die Administratorrolle zu.',
  own_account:
    'Das können Sie mit Ihrem eigenen Konto nicht tun. Ein anderer Administrator kann es.',
  domain_taken: 'Ein anderer Mandant hat bereits diese Domain.',
  subject_taken: 'Dieses Konto des Reseller-Portals ist bereits mit einem anderen Konto verknüpft.',
  not_linked: 'Dieses Konto ist nicht mit dem Reseller-Portal verknüpft.',
  no_email:
    'Dieses Konto hat keine E-Mail-Adresse für den Link. Fügen Sie zuerst mit „Benutzer bearbeiten“ eine hinzu.',
  managed_by_reseller_portal:
    'Dieses Konto meldet sich über das Reseller-Portal an, das sein Passwort und seinen Benutzernamen verwaltet.',
  too_many_attempts: 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
  weak_password: 'Wählen Sie ein sichereres Passwort.',
  unauthenticated: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
  session_revoked: 'Ihre Sitzung wurde beendet. Bitte melden Sie sich erneut an.',
  session_expired:
    'Ihre Sitzung ist abgelaufen, weil sie eine Weile nicht genutzt wurde. Bitte melden Sie sich erneut an.',
  forbidden: 'Sie sind nicht berechtigt, diese Aktion auszuführen.',
  reauthentication_required: 'Bestätigen Sie, dass Sie es sind, um fortzufahren.',
  customer_unavailable:
    'Sie können nicht mehr in diesem Kunden arbeiten: Er gehört nicht mehr zu Ihren Kunden. Wählen Sie erneut einen Kunden aus.',
  cross_site_request:
    'Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Öffnen Sie das Portal direkt und versuchen Sie es erneut.',
  not_found: 'Das gibt es nicht mehr. Es wurde vielleicht inzwischen entfernt.',
  payload_too_large: 'Ihre Eingabe ist zu lang.',
  unsupported_media_type: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  service_unavailable:
    'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  internal_error: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
};
