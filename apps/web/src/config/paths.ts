/** Every route of the SPA, named once; `path` is for the router, `getHref` for links. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  login: {
    path: '/login',
    getHref: () => '/login',
  },
  tenantLogin: {
    path: '/tenant/:tenantDomain/login',
    getHref: (tenantDomain: string) => `/tenant/${encodeURIComponent(tenantDomain)}/login`,
  },
  /** Why a sign-in through the reseller portal was refused; the API redirects here with ?reason=… */
  resellerPortalRefusal: {
    path: '/login/reseller-portal',
    getHref: () => '/login/reseller-portal',
  },
  /** Activation of two-factor authentication: during sign-in (pending) or from the portal. */
  twoFactorSetup: {
    path: '/two-factor/setup',
    getHref: () => '/two-factor/setup',
  },
  /** Where the link of a reset mail leads; the token is in the fragment: #token=… */
  passwordReset: {
    path: '/password/reset',
    getHref: () => '/password/reset',
  },
  /** A reseller picks the customer tenant to act in; its users land here after signing in. */
  customers: {
    path: '/customers',
    getHref: () => '/customers',
  },
  /** User management: the users of the tenant acted in. */
  users: {
    path: '/users',
    getHref: () => '/users',
  },
  accountSecurity: {
    path: '/account/security',
    getHref: () => '/account/security',
  },
  /** The signed-in user's sessions (browser, IP, started, last seen), to revoke. */
  accountSessions: {
    path: '/account/sessions',
    getHref: () => '/account/sessions',
  },
  /** The acting tenant's settings: its 2FA policy. */
  tenantSettings: {
    path: '/settings',
    getHref: () => '/settings',
  },
  /** The acting tenant's audit log. */
  auditLog: {
    path: '/audit',
    getHref: () => '/audit',
  },
} as const;
