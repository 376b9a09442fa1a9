/**
 * The SPA's pages that the API links to (mails, redirects of the reseller-portal sign-in); the
 * SPA's router names the same constants, so a link cannot point at a page that moved.
 */
export const SPA_PATHS = {
  home: '/',
  login: '/login',
  /** Where the link of a reset mail leads; the token is in the fragment: #token=… */
  passwordReset: '/password/reset',
  /** Why a sign-in through the reseller portal was refused: ?reason=<RspRefusalReason>. */
  resellerPortalRefusal: '/login/reseller-portal',
} as const;

/** The OpenAPI UI, generated from the contract. */
export const API_DOCS_PATH = '/api/docs';
