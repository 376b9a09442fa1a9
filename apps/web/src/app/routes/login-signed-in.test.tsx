import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCustomerList, createMe, createResellerMe } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('login page when already signed in', () => {
  it('shows the form at once and stays when nobody is signed in', async () => {
    const api = mockApi();
    const { router } = renderApp(null, { route: '/login' });

    expect(screen.getByLabelText('Username')).toBeVisible();
    await waitFor(() => expect(api.callsTo('GET /api/me')).toHaveLength(1));
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  it('sends a signed-in user on to the portal', async () => {
    mockApi({ 'GET /api/me': { body: createMe() } });
    const { router } = renderApp(null, { route: '/login' });

    // The form is there before /api/me has answered.
    expect(screen.getByLabelText('Username')).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends a reseller without a chosen customer on to "Select customer"', async () => {
    mockApi({
      'GET /api/me': { body: createResellerMe() },
      'GET /api/customers': { body: createCustomerList([]) },
    });
    const { router } = renderApp(null, { route: '/tenant/reseller.tenant/login' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
  });
});
