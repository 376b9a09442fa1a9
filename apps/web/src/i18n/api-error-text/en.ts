import type { ErrorCode } from '@portal/shared';

/**
 * One message per error code of the API's catalogue, the section `apiErrors` of the texts that
 * app/texts/ assembles. Typed by the catalogue: a new code without a text in every language is
 * a type error (see lib/api-error-message.ts).
 */
export const en: Record<ErrorCode, string> = {
  validation_error: 'Check your entries and try again.',
  invalid_credentials: 'The tenant domain, username or password is incorrect.',
  invalid_code: 'The code is not valid or was already used.',
  code_already_used: 'This code was just used. Wait for the next code in your app.',
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
  no_email: 'This account has no e-mail address for the link. Add one with “Edit user” first.',
  managed_by_reseller_portal:
    'This account signs in through the reseller portal, which manages its password and username.',
  too_many_attempts: 'Too many attempts. Please wait a moment and try again.',
  weak_password: 'Choose a stronger password.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  session_revoked: 'Your session was ended. Please sign in again.',
  session_expired:
    'Your session expired because it was not used for a while. Please sign in again.',
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
