import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppProvider } from './provider';
import { appRoutes } from './routes';
import { createAppRuntime } from './runtime';

export function App({ i18n }: { i18n: I18n }) {
  const [{ router, queryClient }] = useState(() =>
    createAppRuntime({ routes: appRoutes, createRouter: (routes) => createBrowserRouter(routes) }),
  );
  return (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
