import type { ErrorCode } from '@portal/shared';

/** French: typed by the catalogue of error codes, like en.ts. */
export const fr: Record<ErrorCode, string> = {
  validation_error: 'Vérifiez votre saisie et réessayez.',
  invalid_credentials:
    'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect.',
  invalid_code: 'Le code n’est pas valide ou a déjà été utilisé.',
  code_already_used:
    'Ce code vient d’être utilisé. Attendez le code suivant dans votre application.',
  login_expired: 'Cette étape de connexion a expiré. Veuillez vous reconnecter.',
  two_factor_required:
    'Votre organisation exige l’authentification à deux facteurs pour votre compte.',
  two_factor_not_enabled: 'L’authentification à deux facteurs n’est pas activée pour votre compte.',
  invalid_token: 'Ce lien n’est plus valide. Demandez un nouvel e-mail.',
  username_taken: 'Ce nom d’utilisateur est déjà utilisé dans ce locataire.',
  last_admin:
    'Il s’agit du dernier administrateur actif du locataire. Attribuez d’abord le rôle d’administrateur à un autre utilisateur.',
  own_account:
    'Vous ne pouvez pas faire cela sur votre propre compte. Un autre administrateur le peut.',
  domain_taken: 'Un autre locataire a déjà ce domaine.',
  subject_taken: 'Ce compte du portail revendeur est déjà associé à un autre compte.',
  not_linked: 'Ce compte n’est pas associé au portail revendeur.',
  no_email:
    'Ce compte n’a pas d’adresse e-mail à laquelle envoyer le lien. Ajoutez-en une d’abord avec « Modifier l’utilisateur ».',
  managed_by_reseller_portal:
    'Ce compte se connecte par le portail revendeur, qui gère son mot de passe et son nom d’utilisateur.',
  too_many_attempts: 'Trop de tentatives. Patientez un instant, puis réessayez.',
  weak_password: 'Choisissez un mot de passe plus sûr.',
  unauthenticated: 'Votre session a pris fin. Veuillez vous reconnecter.',
  session_revoked: 'Votre session a été fermée. Veuillez vous reconnecter.',
  session_expired:
    'Votre session a expiré faute d’activité pendant un moment. Veuillez vous reconnecter.',
  forbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
  reauthentication_required: 'Confirmez votre identité pour continuer.',
  customer_unavailable:
    'Vous ne travaillez plus dans ce client : il ne fait plus partie de vos clients. Sélectionnez de nouveau un client.',
  cross_site_request:
    'Cette requête provenait d’un autre site web et a été refusée. Ouvrez le portail directement et réessayez.',
  not_found: 'Cet élément n’existe plus. Il a peut-être été supprimé entre-temps.',
  payload_too_large: 'Votre saisie est trop longue.',
  unsupported_media_type: 'Une erreur s’est produite. Veuillez réessayer.',
  service_unavailable:
    'Le service est temporairement indisponible. Veuillez réessayer dans un instant.',
  internal_error: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
};
