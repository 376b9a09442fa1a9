import type { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import i18next, { type i18n as I18n } from 'i18next';
import { type ComponentType, type ReactElement, type ReactNode, StrictMode } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router-dom';

type TestRouter = ReturnType<typeof createMemoryRouter>;

/**
 * What renderApp renders: the app's routes, its runtime and its providers. testing/ sits below
 * app/ and does not import it; the app hands these over in its own test setup (app/test-setup.ts).
 */
export type AppUnderTest = {
  routes: RouteObject[];
  createRuntime: (options: {
    routes: RouteObject[];
    createRouter: (routes: RouteObject[]) => TestRouter;
    retry: boolean;
  }) => { router: TestRouter; queryClient: QueryClient };
  Provider: ComponentType<{ queryClient: QueryClient; i18n: I18n; children: ReactNode }>;
};

let appUnderTest: AppUnderTest | undefined;

export function setAppUnderTest(app: AppUnderTest): void {
  appUnderTest = app;
}

type RenderAppOptions = {
  /** The URL the app starts at. */
  route?: string;
  /** The router's location state at the start (what a navigation with `state` brings). */
  state?: unknown;
  /** Render in React's StrictMode, as the app does in development (effects run twice). */
  strictMode?: boolean;
  /** Where `ui` is mounted (a route pattern); defaults to the pathname of `route`. */
  path?: string;
  /** For fake timers: how user-event lets time pass. */
  advanceTimers?: (ms: number) => unknown;
};

/**
 * Renders the app (all its routes, a fresh QueryClient, i18n) at `route`. With `ui`, that
 * element is mounted at `path` instead of the app's own page there; the other routes stay real.
 */
type RenderAppResult = RenderResult & {
  user: UserEvent;
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
};

export function renderApp(
  ui?: ReactElement | null,
  options: RenderAppOptions = {},
): RenderAppResult {
  if (!appUnderTest) throw new Error('No app to render: app/test-setup.ts has not run');
  const { routes: appRoutes, createRuntime, Provider } = appUnderTest;
  const route = options.route ?? '/';
  const path = options.path ?? new URL(route, 'http://localhost').pathname;
  const routes = ui ? [{ path, element: ui }, ...appRoutes] : appRoutes;
  const { router, queryClient } = createRuntime({
    routes,
    createRouter: (all) =>
      createMemoryRouter(all, {
        initialEntries: [
          options.state === undefined ? route : { ...splitUrl(route), state: options.state },
        ],
      }),
    retry: false,
  });
  const user = userEvent.setup(
    options.advanceTimers ? { advanceTimers: options.advanceTimers } : {},
  );
  const app = (
    <Provider queryClient={queryClient} i18n={i18next}>
      <RouterProvider router={router} />
    </Provider>
  );
  const view = render(options.strictMode ? <StrictMode>{app}</StrictMode> : app);
  return { ...view, user, router, queryClient };
}

function splitUrl(route: string) {
  const { pathname, search, hash } = new URL(route, 'http://localhost');
  return { pathname, search, hash };
}
