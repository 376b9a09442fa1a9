import { permissionsForRoles } from '@portal/shared';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { MainNav } from './main-nav';

function renderNav(permissions: Parameters<typeof MainNav>[0]['permissions']) {
  const router = createMemoryRouter([
    { path: '*', element: <MainNav permissions={permissions} /> },
  ]);
  render(<RouterProvider router={router} />);
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .queryAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('main navigation', () => {
  it('links exactly the pages a customer administrator may open', () => {
    expect(renderNav(permissionsForRoles('customer', ['admin']))).toEqual([
      ['Home', '/'],
      ['Users', '/users'],
      ['Tenant settings', '/settings'],
      ['Audit log', '/audit'],
      ['Account', '/account/security'],
      ['Sessions', '/account/sessions'],
    ]);
  });

  it('links exactly the pages a reseller user may open', () => {
    expect(renderNav(permissionsForRoles('reseller', ['user']))).toEqual([
      ['Home', '/'],
      ['Customers', '/customers'],
      ['Account', '/account/security'],
      ['Sessions', '/account/sessions'],
    ]);
  });

  it('links nothing without permissions', () => {
    expect(renderNav([])).toEqual([]);
  });
});
