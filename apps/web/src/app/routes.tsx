import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RouteError } from '@/components/errors/route-error';
import { PORTAL_PATH_NAMES, type PortalPathName, paths } from '@/config/paths';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PasswordResetRoute } from './routes/password-reset';
import { AccountSecurityRoute } from './routes/portal/account-security';
import { AccountSessionsRoute } from './routes/portal/account-sessions';
import { AuditLogRoute } from './routes/portal/audit-log';
import { CustomersRoute } from './routes/portal/customers';
import { HomeRoute } from './routes/portal/home';
import { PermissionGuard, type PortalRouteHandle } from './routes/portal/permission-guard';
import { PortalRoot } from './routes/portal/root';
import { TenantSettingsRoute } from './routes/portal/tenant-settings';
import { UsersRoute } from './routes/portal/users';
import { ResellerPortalRefusalRoute } from './routes/reseller-portal-refusal';
import { TwoFactorSetupRoute } from './routes/two-factor-setup';

/** The page of every portal path: a path without a page, or a page without a path, is a type error. */
const portalPages: Record<PortalPathName, ReactElement> = {
  home: <HomeRoute />,
  customers: <CustomersRoute />,
  users: <UsersRoute />,
  accountSecurity: <AccountSecurityRoute />,
  accountSessions: <AccountSessionsRoute />,
  tenantSettings: <TenantSettingsRoute />,
  auditLog: <AuditLogRoute />,
};

/** The route of a portal page at its path (the start page is the portal's index route). */
function portalRoute(name: PortalPathName): RouteObject {
  const { path, permission } = paths[name];
  const element = portalPages[name];
  const handle: PortalRouteHandle = { permission };
  return path === paths.home.path ? { index: true, element, handle } : { path, element, handle };
}

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.login.path, element: <LoginRoute /> },
      { path: paths.tenantLogin.path, element: <LoginRoute /> },
      { path: paths.resellerPortalRefusal.path, element: <ResellerPortalRefusalRoute /> },
      // Outside the portal frame: during a sign-in there is no session (and no /api/me) yet.
      { path: paths.twoFactorSetup.path, element: <TwoFactorSetupRoute /> },
      { path: paths.passwordReset.path, element: <PasswordResetRoute /> },
      {
        path: paths.home.path,
        element: <PortalRoot />,
        children: [
          {
            // Every page of the portal behind the one guard that checks its path's permission.
            element: <PermissionGuard />,
            children: PORTAL_PATH_NAMES.map(portalRoute),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
