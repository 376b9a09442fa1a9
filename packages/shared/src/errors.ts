/**
 * The error catalogue: every `error` code the API can answer with, and the one HTTP status it
 * comes with. The SPA switches on these codes, never on the human message, which is English and
 * meant for logs and API clients.
 */
export const ERROR_CODES = {
  VALIDATION_ERROR: 'validation_error',
  INVALID_CREDENTIALS: 'invalid_credentials',
  /** A wrong, expired or already used two-factor code or recovery code. */
  INVALID_CODE: 'invalid_code',
  /**
   * 401: the authenticator code is right but was just used (each time step's code works once):
   * the next one, in at most 30 seconds, will do.
   */
  CODE_ALREADY_USED: 'code_already_used',
  /** The pending sign-in step (two-factor) is over: expired, used up, or never started. */
  LOGIN_EXPIRED: 'login_expired',
  /** The tenant's policy requires two-factor authentication for this user. */
  TWO_FACTOR_REQUIRED: 'two_factor_required',
  /** 409: the account has no two-factor authentication (so no recovery codes either). */
  TWO_FACTOR_NOT_ENABLED: 'two_factor_not_enabled',
  /** A password reset link that is unknown, expired, already used or replaced by a newer one. */
  INVALID_TOKEN: 'invalid_token',
  /** 409: another user of the tenant has this username (compared case-insensitively). */
  USERNAME_TAKEN: 'username_taken',
  /** 409: the change would leave the tenant without an active administrator. */
  LAST_ADMIN: 'last_admin',
  /** 409: administrators cannot demote, deactivate, delete or link their own account. */
  OWN_ACCOUNT: 'own_account',
  /** 409: another tenant has this domain (domains are unique over all tenants). */
  DOMAIN_TAKEN: 'domain_taken',
  /** 409: the reseller-portal subject is already linked to another account. */
  SUBJECT_TAKEN: 'subject_taken',
  /** 409: the account is not linked to the reseller portal. */
  NOT_LINKED: 'not_linked',
  /** 409: the account has no e-mail address to send a link to. */
  NO_EMAIL: 'no_email',
  /** 409: the account signs in through the reseller portal, which manages this (password, username). */
  MANAGED_BY_RESELLER_PORTAL: 'managed_by_reseller_portal',
  TOO_MANY_ATTEMPTS: 'too_many_attempts',
  /** 422: a new password breaks the password rules; `reason` says which (WEAK_PASSWORD_REASONS). */
  WEAK_PASSWORD: 'weak_password',
  /** 401: no session: none was sent, or its cookie is not valid (any more). */
  UNAUTHENTICATED: 'unauthenticated',
  /**
   * 401: the session of this cookie was ended: signed out, revoked from another session or by an
   * administrator, by a new password, or with the account. Says nothing of who or why.
   */
  SESSION_REVOKED: 'session_revoked',
  /** 401: the session of this cookie timed out (no request within the idle timeout). */
  SESSION_EXPIRED: 'session_expired',
  FORBIDDEN: 'forbidden',
  /** 403: a sensitive change needs the factors proven recently: POST /api/account/reauthenticate. */
  REAUTHENTICATION_REQUIRED: 'reauthentication_required',
  /**
   * 403: the customer the session acts in is no longer one of the user's reseller's (moved to
   * another reseller, detached). The session stays valid: it acts again after choosing a tenant
   * (POST /api/session/tenant; `ownTenantId` names the user's own).
   */
  CUSTOMER_UNAVAILABLE: 'customer_unavailable',
  /**
   * 403: a state-changing request sent from another site (its Origin is not the portal's, or
   * Sec-Fetch-Site says cross-site); refused before any work.
   */
  CROSS_SITE_REQUEST: 'cross_site_request',
  NOT_FOUND: 'not_found',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported_media_type',
  SERVICE_UNAVAILABLE: 'service_unavailable',
  INTERNAL_ERROR: 'internal_error',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Every code once, in catalogue order. */
export const ERROR_CODE_LIST = Object.values(ERROR_CODES) as readonly ErrorCode[];

/** The status each code is answered with: a code never changes its status. */
export const ERROR_STATUS = {
  validation_error: 400,
  invalid_token: 400,
  invalid_credentials: 401,
  invalid_code: 401,
  code_already_used: 401,
  login_expired: 401,
  unauthenticated: 401,
  session_revoked: 401,
  session_expired: 401,
  forbidden: 403,
  reauthentication_required: 403,
  customer_unavailable: 403,
  cross_site_request: 403,
  not_found: 404,
  two_factor_required: 409,
  two_factor_not_enabled: 409,
  username_taken: 409,
  last_admin: 409,
  own_account: 409,
  domain_taken: 409,
  subject_taken: 409,
  not_linked: 409,
  no_email: 409,
  managed_by_reseller_portal: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  weak_password: 422,
  too_many_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
