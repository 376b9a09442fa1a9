import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEYS } from '@/config/constants';
import {
  apiErrorReply,
  createCustomerList,
  createCustomerListItem,
  createResellerMe,
  createUserList,
  RESELLER_TENANT,
} from '@/testing/data-generators';
import { type MockReply, type MockRoutes, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const USERS = 'GET /api/users';
const CUSTOMERS = 'GET /api/customers';
const SWITCH = 'POST /api/session/tenant';

const ACME = createCustomerListItem({ name: 'Acme Corp' });
const GLOBEX = createCustomerListItem({ name: 'Globex' });
const ACTING_IN_ACME = createResellerMe({ id: ACME.id, name: ACME.name, domain: ACME.domain });
const UNAVAILABLE = apiErrorReply(403, ERROR_CODES.CUSTOMER_UNAVAILABLE, {
  ownTenantId: RESELLER_TENANT.id,
});

/**
 * The API as it answers once Acme has left the reseller: every request acting in it is refused
 * until the session acts in the reseller's own tenant again. `meBefore`: what /api/me answered
 * before (the move happened after the page loaded).
 */
function customerLeft({ meBefore = UNAVAILABLE, routes = {} }: Options = {}) {
  let switched = false;
  let meAnswers = 0;
  return mockApi({
    [ME]: () => (switched ? { body: createResellerMe() } : meAnswers++ ? UNAVAILABLE : meBefore),
    [USERS]: () => (switched ? { body: createUserList([]) } : UNAVAILABLE),
    [CUSTOMERS]: { body: createCustomerList([GLOBEX]) },
    [SWITCH]: () => {
      switched = true;
      return { body: { actingTenant: RESELLER_TENANT } };
    },
    ...routes,
  });
}

type Options = { meBefore?: MockReply; routes?: MockRoutes };

describe('acting in a customer that has left the reseller', () => {
  it('goes back to "Select customer" naming it, acting in the own tenant again, still signed in', async () => {
    // The users page's request is the first to be refused (me was answered before the move).
    const api = customerLeft({ meBefore: { body: ACTING_IN_ACME } });
    const { router, queryClient } = renderApp(null, { route: '/users' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You no longer act in Acme Corp: it is no longer one of your customers. Select a customer to continue.',
    );
    expect(router.state.location.pathname).toBe('/customers');
    expect(api.callsTo(SWITCH).map((call) => call.body)).toEqual([
      { tenantId: RESELLER_TENANT.id },
    ]);
    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(0);
    // Nothing of the customer is kept; the header names the own tenant.
    expect(queryClient.getQueryCache().findAll({ queryKey: ['users'] })).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('banner')).not.toHaveTextContent('Acme Corp'));
    expect(screen.getByRole('banner')).toHaveTextContent('Demo Reseller');
    expect(
      within(screen.getByRole('table', { name: 'Customers' })).getByText('Globex'),
    ).toBeVisible();
    // Said once: a reload of the page does not repeat it.
    await waitFor(() => expect(router.state.location.state).toBeNull());
  });

  it('goes back once however many requests are refused together', async () => {
    const api = customerLeft({ meBefore: { body: ACTING_IN_ACME } });
    let usersAsked = 0;
    api.set(USERS, () => (usersAsked++ ? UNAVAILABLE : { body: createUserList([]) }));
    const { queryClient } = renderApp(null, { route: '/users' });
    await screen.findByRole('heading', { level: 1, name: 'User management' });

    // Both the account and the list are refused when asked again.
    await queryClient.invalidateQueries();

    expect(await screen.findByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    expect(api.callsTo(SWITCH)).toHaveLength(1);
  });

  it('goes back on a fresh page load too, where it can only say "that customer"', async () => {
    const api = customerLeft();
    const { router } = renderApp(null, { route: '/users' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You no longer act in that customer: it is no longer one of your customers.',
    );
    expect(router.state.location.pathname).toBe('/customers');
    expect(api.callsTo(SWITCH).map((call) => call.body)).toEqual([
      { tenantId: RESELLER_TENANT.id },
    ]);
  });

  it.each([
    ['de', 'Sie können nicht mehr in diesem Kunden arbeiten'],
    ['fr', 'Vous ne travaillez plus dans ce client'],
  ])('%s: says so in the language chosen', async (language, text) => {
    customerLeft();
    await i18next.changeLanguage(language);
    renderApp(null, { route: '/' });
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('ends in the login page when the session ended meanwhile', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEYS.hadSession, 'yes');
    customerLeft({ routes: { [SWITCH]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED) } });
    const { router } = renderApp(null, { route: '/users' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended.');
  });
});
