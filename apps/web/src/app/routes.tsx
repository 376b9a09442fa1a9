import type { RouteObject } from 'react-router-dom';
import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { HomeRoute } from './routes/portal/home';
import { PortalRoot } from './routes/portal/root';

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.login.path, element: <LoginRoute /> },
      { path: paths.tenantLogin.path, element: <LoginRoute /> },
      {
        path: paths.home.path,
        element: <PortalRoot />,
        children: [{ index: true, element: <HomeRoute /> }],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
