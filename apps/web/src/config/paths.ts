import { type Permission, SPA_PATHS } from '@portal/shared';

/** A page outside the portal frame: reachable without a session, so no permission. */
type PublicPath = { path: string; getHref: (...params: never[]) => string; permission: null };

/** A page of the portal: its menu entry and the route guard check the permission it names. */
type PortalPath = { path: string; getHref: () => string; permission: Permission };

const publicPaths = {
  login: {
    path: SPA_PATHS.login,
    getHref: () => SPA_PATHS.login,
    permission: null,
  },
  tenantLogin: {
    path: '/tenant/:tenantDomain/login',
    getHref: (tenantDomain: string) => `/tenant/${encodeURIComponent(tenantDomain)}/login`,
    permission: null,
  },
  /** Why a sign-in through the reseller portal was refused; the API redirects here with ?reason=… */
  resellerPortalRefusal: {
    path: SPA_PATHS.resellerPortalRefusal,
    getHref: () => SPA_PATHS.resellerPortalRefusal,
    permission: null,
  },
  /**
   * Activation of two-factor authentication: during sign-in (pending, no session yet) or from the
   * portal. The API decides which applies.
   */
  twoFactorSetup: {
    path: '/two-factor/setup',
    getHref: () => '/two-factor/setup',
    permission: null,
  },
  /** Where the link of a reset mail leads; the token is in the fragment: #token=… */
  passwordReset: {
    path: SPA_PATHS.passwordReset,
    getHref: () => SPA_PATHS.passwordReset,
    permission: null,
  },
} as const satisfies Record<string, PublicPath>;

const portalPaths = {
  /** The portal's start page; `portal.access` is what every account that reaches /api/me has. */
  home: {
    path: SPA_PATHS.home,
    getHref: () => SPA_PATHS.home,
    permission: 'portal.access',
  },
  /** A reseller picks the customer tenant to act in; its users land here after signing in. */
  customers: {
    path: '/customers',
    getHref: () => '/customers',
    permission: 'customers.select',
  },
  /** User management: the users of the tenant acted in. */
  users: {
    path: '/users',
    getHref: () => '/users',
    permission: 'users.read',
  },
  accountSecurity: {
    path: '/account/security',
    getHref: () => '/account/security',
    permission: 'account.manage',
  },
  /** The signed-in user's sessions (browser, IP, started, last seen), to revoke. */
  accountSessions: {
    path: '/account/sessions',
    getHref: () => '/account/sessions',
    permission: 'account.manage',
  },
  /** The acting tenant's settings: its 2FA policy. */
  tenantSettings: {
    path: '/settings',
    getHref: () => '/settings',
    permission: 'tenant.settings.manage',
  },
  /** The acting tenant's audit log. */
  auditLog: {
    path: '/audit',
    getHref: () => '/audit',
    permission: 'audit.read',
  },
} as const satisfies Record<string, PortalPath>;

export type PortalPathName = keyof typeof portalPaths;

/** The portal's pages, in the order of config/paths.ts. */
export const PORTAL_PATH_NAMES = Object.keys(portalPaths) as PortalPathName[];

/**
 * Every route of the SPA, named once: `path` is for the router, `getHref` for links, and
 * `permission` what the signed-in user needs to open it (null outside the portal).
 */
export const paths = { ...publicPaths, ...portalPaths };
