import type { RouteObject } from 'react-router-dom';
import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PasswordResetRoute } from './routes/password-reset';
import { AccountSecurityRoute } from './routes/portal/account-security';
import { AccountSessionsRoute } from './routes/portal/account-sessions';
import { AuditLogRoute } from './routes/portal/audit-log';
import { CustomersRoute } from './routes/portal/customers';
import { HomeRoute } from './routes/portal/home';
import { PortalRoot } from './routes/portal/root';
import { TenantSettingsRoute } from './routes/portal/tenant-settings';
import { UsersRoute } from './routes/portal/users';
import { ResellerPortalRefusalRoute } from './routes/reseller-portal-refusal';
import { TwoFactorSetupRoute } from './routes/two-factor-setup';

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
          { index: true, element: <HomeRoute /> },
          { path: paths.customers.path, element: <CustomersRoute /> },
          { path: paths.users.path, element: <UsersRoute /> },
          { path: paths.accountSecurity.path, element: <AccountSecurityRoute /> },
          { path: paths.accountSessions.path, element: <AccountSessionsRoute /> },
          { path: paths.tenantSettings.path, element: <TenantSettingsRoute /> },
          { path: paths.auditLog.path, element: <AuditLogRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
