import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RouteError } from '@/components/errors/route-error';
import { PORTAL_PATH_NAMES, type PortalPathName, paths } from '@/config/paths';
import { LoginRoute } from './routes/login';
import type { PortalRouteHandle } from './routes/portal/permission-guard';

/** A page's module, loaded when the page is first opened. */
export type PageLoader = () => Promise<ComponentType>;

const load =
  <M,>(importPage: () => Promise<M>, pick: (module: M) => ComponentType): PageLoader =>
  async () =>
    pick(await importPage());

/** The pages of the portal, by path name: a path without a page is a type error. */
const portalPages: Record<PortalPathName, PageLoader> = {
  home: load(
    () => import('./routes/portal/home'),
    (m) => m.HomeRoute,
  ),
  customers: load(
    () => import('./routes/portal/customers'),
    (m) => m.CustomersRoute,
  ),
  users: load(
    () => import('./routes/portal/users'),
    (m) => m.UsersRoute,
  ),
  accountSecurity: load(
    () => import('./routes/portal/account-security'),
    (m) => m.AccountSecurityRoute,
  ),
  accountSessions: load(
    () => import('./routes/portal/account-sessions'),
    (m) => m.AccountSessionsRoute,
  ),
  tenantSettings: load(
    () => import('./routes/portal/tenant-settings'),
    (m) => m.TenantSettingsRoute,
  ),
  auditLog: load(
    () => import('./routes/portal/audit-log'),
    (m) => m.AuditLogRoute,
  ),
};

/** Every page but the login: the login page, the one most people see first, stays small. */
export const PAGES = {
  ...portalPages,
  portalRoot: load(
    () => import('./routes/portal/root'),
    (m) => m.PortalRoot,
  ),
  permissionGuard: load(
    () => import('./routes/portal/permission-guard'),
    (m) => m.PermissionGuard,
  ),
  resellerPortalRefusal: load(
    () => import('./routes/reseller-portal-refusal'),
    (m) => m.ResellerPortalRefusalRoute,
  ),
  twoFactorSetup: load(
    () => import('./routes/two-factor-setup'),
    (m) => m.TwoFactorSetupRoute,
  ),
  passwordReset: load(
    () => import('./routes/password-reset'),
    (m) => m.PasswordResetRoute,
  ),
  notFound: load(
    () => import('./routes/not-found'),
    (m) => m.NotFoundRoute,
  ),
} satisfies Record<string, PageLoader>;

export type PageName = keyof typeof PAGES;

/** How a route gets its page: loaded on first visit (the app) or already there (unit tests). */
export type MountPage = (name: PageName) => Pick<RouteObject, 'lazy' | 'Component'>;

/** The app mounts each page lazily: React Router loads its chunk on the first visit. */
export const lazyPage: MountPage = (name) => ({
  lazy: async () => ({ Component: await PAGES[name]() }),
});

/** The route of a portal page at its path (the start page is the portal's index route). */
function portalRoute(name: PortalPathName, mount: MountPage): RouteObject {
  const { path, permission } = paths[name];
  const handle: PortalRouteHandle = { permission };
  return path === paths.home.path
    ? { index: true, ...mount(name), handle }
    : { path, ...mount(name), handle };
}

export function createAppRoutes(mount: MountPage): RouteObject[] {
  return [
    {
      errorElement: <RouteError />,
      children: [
        { path: paths.login.path, element: <LoginRoute /> },
        { path: paths.tenantLogin.path, element: <LoginRoute /> },
        { path: paths.resellerPortalRefusal.path, ...mount('resellerPortalRefusal') },
        // Outside the portal frame: during a sign-in there is no session (and no /api/me) yet.
        { path: paths.twoFactorSetup.path, ...mount('twoFactorSetup') },
        { path: paths.passwordReset.path, ...mount('passwordReset') },
        {
          path: paths.home.path,
          ...mount('portalRoot'),
          children: [
            {
              // Every page of the portal behind the one guard that checks its path's permission.
              ...mount('permissionGuard'),
              children: PORTAL_PATH_NAMES.map((name) => portalRoute(name, mount)),
            },
          ],
        },
        { path: '*', ...mount('notFound') },
      ],
    },
  ];
}

export const appRoutes = createAppRoutes(lazyPage);
