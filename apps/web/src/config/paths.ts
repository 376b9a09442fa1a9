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
} as const;
