import type { ErrorCode } from '@portal/shared';

/**
 * One message per error code of the API's catalogue, the section `apiErrors` of the texts that
 * app/texts.ts assembles. Typed by the catalogue: a new code without a text in every language is
 * a type error (see lib/api-error-message.ts).
 */

const en: Record<ErrorCode, string> = {
  validation_error: 'Check your entries and try again.',
  invalid_credentials: 'The tenant domain, username or password is incorrect.',
  invalid_code: 'The code is not valid or was already used.',
  login_expired: 'This sign-in step has expired. Please sign in again.',
  two_factor_required: 'Your organisation requires two-factor authentication for your account.',
  two_factor_not_enabled: 'Two-factor authentication is not on for your account.',
  invalid_token: 'This link is no longer valid. Ask for a new e-mail.',
  username_taken: 'Another user of this tenant already has this username.',
  last_admin:
    'This is the last active administrator of the tenant. Give another user the admin role first.',
  own_account: 'You cannot do this to your own account. Another administrator can do it.',
  domain_taken: 'Another tenant already has this domain.',
  subject_taken: 'This reseller-portal account is already linked to another account.',
  not_linked: 'This account is not linked to the reseller portal.',
  no_email: 'This account has no e-mail address to send the link to. Add one first.',
  managed_by_reseller_portal:
    'This account signs in through the reseller portal, which manages its password and username.',
  too_many_attempts: 'Too many attempts. Please wait a moment and try again.',
  weak_password: 'Choose a stronger password.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  forbidden: 'You do not have permission to do this.',
  reauthentication_required: 'Confirm it’s you to continue.',
  customer_unavailable:
    'You no longer act in this customer: it is no longer one of your customers. Select a customer again.',
  cross_site_request:
    'This request came from another website and was refused. Open the portal directly and try again.',
  not_found: 'This no longer exists. It may have been removed meanwhile.',
  payload_too_large: 'What you entered is too long.',
  unsupported_media_type: 'Something went wrong. Please try again.',
  service_unavailable: 'The service is temporarily unavailable. Please try again shortly.',
  internal_error: 'Something went wrong on our side. Please try again.',
};

const de: Record<ErrorCode, string> = {
  validation_error: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  invalid_credentials: 'Mandanten-Domain, Benutzername oder Passwort ist falsch.',
  invalid_code: 'Der Code ist ungültig oder wurde bereits verwendet.',
  login_expired: 'Dieser Anmeldeschritt ist abgelaufen. Bitte melden Sie sich erneut an.',
  two_factor_required:
    'Ihre Organisation verlangt für Ihr Konto die Zwei-Faktor-Authentifizierung.',
  two_factor_not_enabled: 'Für Ihr Konto ist die Zwei-Faktor-Authentifizierung nicht aktiviert.',
  invalid_token: 'Dieser Link ist nicht mehr gültig. Fordern Sie eine neue E-Mail an.',
  username_taken: 'Ein anderer Benutzer dieses Mandanten hat bereits diesen Benutzernamen.',
  last_admin:
    'Dies ist der letzte aktive Administrator des Mandanten. Geben Sie zuerst einem anderen Benutzer die Administratorrolle.',
  own_account:
    'Das können Sie mit Ihrem eigenen Konto nicht tun. Ein anderer Administrator kann es.',
  domain_taken: 'Ein anderer Mandant hat bereits diese Domain.',
  subject_taken: 'Dieses Konto des Reseller-Portals ist bereits mit einem anderen Konto verknüpft.',
  not_linked: 'Dieses Konto ist nicht mit dem Reseller-Portal verknüpft.',
  no_email:
    'Dieses Konto hat keine E-Mail-Adresse, an die der Link gehen kann. Tragen Sie zuerst eine ein.',
  managed_by_reseller_portal:
    'Dieses Konto meldet sich über das Reseller-Portal an, das sein Passwort und seinen Benutzernamen verwaltet.',
  too_many_attempts: 'Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
  weak_password: 'Wählen Sie ein sichereres Passwort.',
  unauthenticated: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
  forbidden: 'Dazu fehlt Ihnen die Berechtigung.',
  reauthentication_required: 'Bestätigen Sie, dass Sie es sind, um fortzufahren.',
  customer_unavailable:
    'Sie handeln nicht mehr in diesem Kunden: Er gehört nicht mehr zu Ihren Kunden. Wählen Sie erneut einen Kunden aus.',
  cross_site_request:
    'Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Öffnen Sie das Portal direkt und versuchen Sie es erneut.',
  not_found: 'Das gibt es nicht mehr. Es wurde vielleicht inzwischen entfernt.',
  payload_too_large: 'Ihre Eingabe ist zu lang.',
  unsupported_media_type: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  service_unavailable:
    'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
  internal_error: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
};

const fr: Record<ErrorCode, string> = {
  validation_error: 'Vérifiez votre saisie et réessayez.',
  invalid_credentials:
    'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect.',
  invalid_code: 'Le code n’est pas valide ou a déjà été utilisé.',
  login_expired: 'Cette étape de connexion a expiré. Veuillez vous reconnecter.',
  two_factor_required:
    'Votre organisation exige l’authentification à deux facteurs pour votre compte.',
  two_factor_not_enabled: 'L’authentification à deux facteurs n’est pas activée pour votre compte.',
  invalid_token: 'Ce lien n’est plus valide. Demandez un nouvel e-mail.',
  username_taken: 'Un autre utilisateur de ce locataire a déjà ce nom d’utilisateur.',
  last_admin:
    'Il s’agit du dernier administrateur actif du locataire. Attribuez d’abord le rôle d’administrateur à un autre utilisateur.',
  own_account:
    'Vous ne pouvez pas faire cela sur votre propre compte. Un autre administrateur le peut.',
  domain_taken: 'Un autre locataire a déjà ce domaine.',
  subject_taken: 'Ce compte du portail revendeur est déjà lié à un autre compte.',
  not_linked: 'Ce compte n’est pas lié au portail revendeur.',
  no_email:
    'Ce compte n’a pas d’adresse e-mail à laquelle envoyer le lien. Ajoutez-en une d’abord.',
  managed_by_reseller_portal:
    'Ce compte se connecte par le portail revendeur, qui gère son mot de passe et son nom d’utilisateur.',
  too_many_attempts: 'Trop de tentatives. Patientez un instant, puis réessayez.',
  weak_password: 'Choisissez un mot de passe plus sûr.',
  unauthenticated: 'Votre session a pris fin. Veuillez vous reconnecter.',
  forbidden: 'Vous n’avez pas l’autorisation de faire cela.',
  reauthentication_required: 'Confirmez votre identité pour continuer.',
  customer_unavailable:
    'Vous n’agissez plus dans ce client : il ne fait plus partie de vos clients. Sélectionnez de nouveau un client.',
  cross_site_request:
    'Cette requête provenait d’un autre site web et a été refusée. Ouvrez le portail directement et réessayez.',
  not_found: 'Cet élément n’existe plus. Il a peut-être été supprimé entre-temps.',
  payload_too_large: 'Votre saisie est trop longue.',
  unsupported_media_type: 'Une erreur s’est produite. Veuillez réessayer.',
  service_unavailable:
    'Le service est temporairement indisponible. Veuillez réessayer dans un instant.',
  internal_error: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
};

export const apiErrorText = { en, de, fr };
