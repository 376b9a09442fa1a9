import { PERMISSIONS, type Permission } from '@portal/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { PORTAL_PATH_NAMES, paths } from '@/config/paths';
import { meQueryOptions } from '@/lib/me';
import { createMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { PermissionGuard, type PortalRouteHandle } from './permission-guard';

const ME = 'GET /api/me';

/** The guard over a start page (portal.access) and one other page (audit.read), signed in. */
function renderGuard(route: string, permissions: Permission[]) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(meQueryOptions().queryKey, createMe({ permissions }));
  const start: PortalRouteHandle = { permission: 'portal.access' };
  const audit: PortalRouteHandle = { permission: 'audit.read' };
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <PermissionGuard />,
        children: [
          { index: true, element: <h1>Start page</h1>, handle: start },
          { path: '/audit', element: <h1>Audit page</h1>, handle: audit },
        ],
      },
    ],
    { initialEntries: [route] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const allBut = (missing: Permission) => PERMISSIONS.filter((permission) => permission !== missing);

describe('permission guard', () => {
  it('opens a page with the permission its route names', async () => {
    const router = renderGuard('/audit', ['portal.access', 'audit.read']);
    expect(await screen.findByRole('heading', { name: 'Audit page' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/audit');
  });

  it('sends to the start page without it, never rendering the page', async () => {
    const router = renderGuard('/audit', ['portal.access', 'users.read']);
    expect(await screen.findByRole('heading', { name: 'Start page' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('heading', { name: 'Audit page' })).not.toBeInTheDocument();
  });

  it('shows nothing, rather than redirecting in a loop, without even the start page’s permission', async () => {
    const router = renderGuard('/audit', []);
    await waitFor(() => expect(router.state.location.pathname).toBe('/audit'));
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});

describe('permission guard in the portal', () => {
  it.each(PORTAL_PATH_NAMES.filter((name) => name !== 'home'))(
    'refuses %s without its path’s permission: to the start page, asking its API nothing',
    async (name) => {
      const { path, permission } = paths[name];
      const api = mockApi({ [ME]: { body: createMe({ permissions: allBut(permission) }) } });
      const { router } = renderApp(null, { route: path });
      expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
      expect(router.state.location.pathname).toBe('/');
      expect(api.calls.map((call) => `${call.method} ${call.path}`)).toEqual([ME]);
    },
  );

  it('shows the frame but no start page without portal.access (the API would refuse /api/me)', async () => {
    mockApi({ [ME]: { body: createMe({ permissions: allBut('portal.access') }) } });
    const { router } = renderApp();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(screen.getByRole('main')).not.toHaveTextContent('Welcome');
    expect(router.state.location.pathname).toBe('/');
  });
});
