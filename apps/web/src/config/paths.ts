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
  /** User management: the users of the tenant acted in. */
  users: {
    path: '/users',
    getHref: () => '/users',
  },
  accountSecurity: {
    path: '/account/security',
    getHref: () => '/account/security',
  },
} as const;
