import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiErrorReply,
  createCustomerList,
  createCustomerListItem,
  createMe,
  createResellerMe,
  createUserList,
  createUserListItem,
  RESELLER_TENANT,
} from '@/testing/data-generators';
import { type MockRoutes, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const CUSTOMERS = 'GET /api/customers';
const SWITCH = 'POST /api/session/tenant';
const LAST_USED = '2026-03-30T09:15:00Z';

const ACME = createCustomerListItem({ name: 'Acme Corp', lastSelectedAt: LAST_USED });
const GLOBEX = createCustomerListItem({ name: 'Globex' });
const ACTING_IN_ACME = createResellerMe({ id: ACME.id, name: ACME.name, domain: ACME.domain });

/**
 * 1,000 customers, served a page at a time as the API does: a cursor continues after the
 * previous page, and the total comes with the first page only.
 */
function thousandCustomers(query: Record<string, string> | undefined) {
  const offset = Number(query?.cursor?.replace('after-', '') ?? 0);
  const limit = Number(query?.limit ?? 25);
  const count = Math.max(0, Math.min(limit, 1000 - offset));
  const items = Array.from({ length: count }, (_, index) =>
    createCustomerListItem({ name: `Customer ${String(offset + index + 1).padStart(4, '0')}` }),
  );
  const next = offset + count < 1000 ? `after-${offset + count}` : null;
  return { body: createCustomerList(items, query?.cursor ? null : 1000, next) };
}

async function openCustomers(routes: MockRoutes = {}) {
  const api = mockApi({
    [ME]: { body: createResellerMe() },
    [CUSTOMERS]: { body: createCustomerList([ACME, GLOBEX]) },
    ...routes,
  });
  const view = renderApp(null, { route: '/customers' });
  await screen.findByRole('table', { name: 'Customers' });
  return { ...view, api };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rowOf(name: string) {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('a reseller user in their own tenant', () => {
  it('lands on "Select customer" when opening the portal', async () => {
    const api = mockApi({
      [ME]: { body: createResellerMe() },
      [CUSTOMERS]: { body: createCustomerList([ACME, GLOBEX]) },
    });
    const { router } = renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/customers');
    expect(document.title).toBe('Select customer – Unified Security Portal');
    expect(api.callsTo(CUSTOMERS).map((call) => call.query)).toEqual([{ limit: '25' }]);
  });

  it('lands there after signing in, too', async () => {
    const api = mockApi({
      [ME]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED),
      'POST /api/auth/login': { body: { status: 'authenticated' } },
      [CUSTOMERS]: { body: createCustomerList([ACME]) },
    });
    const { user, router } = renderApp(null, { route: '/login' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    api.set(ME, { body: createResellerMe() });
    await user.type(screen.getByLabelText('Tenant domain'), RESELLER_TENANT.domain);
    await user.type(screen.getByLabelText('Username'), 'reseller.admin');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/customers');
  });

  it('is not sent away from the start page once acting in a customer', async () => {
    mockApi({ [ME]: { body: ACTING_IN_ACME } });
    const { router } = renderApp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Rita Reseller' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('a customer user is never sent there, and /customers leads home', async () => {
    const api = mockApi({ [ME]: { body: createMe({ user: { roles: ['admin'] } }) } });
    const { router } = renderApp(null, { route: '/customers' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Jane Doe' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(CUSTOMERS)).toHaveLength(0);
  });
});

describe('Select customer', () => {
  it('lists name, tenant domain and when each was last used', async () => {
    await openCustomers();

    const table = screen.getByRole('table', { name: 'Customers' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Customer', 'Tenant domain', 'Last used', 'Action']);
    const lastUsed = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(LAST_USED));
    const cells = (name: string) =>
      within(rowOf(name))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // A reseller administrator may also deactivate each customer.
    expect(cells('Acme Corp')).toEqual(['acme-corp.tenant', lastUsed, 'Select Deactivate']);
    expect(cells('Globex')).toEqual(['globex.tenant', '–Not used yet', 'Select Deactivate']);

    const select = screen.getByRole('button', { name: 'Select Acme Corp' });
    expect(select).toHaveAccessibleDescription('acme-corp.tenant');
    expect(screen.getByRole('navigation', { name: 'Customer pages' })).toHaveTextContent(
      '1–2 of 2',
    );
  });

  it('searches by name or domain once typing pauses, not per key', async () => {
    const { user, api } = await openCustomers();
    api.set(CUSTOMERS, (call) => ({
      body: createCustomerList(call.query?.search ? [GLOBEX] : [ACME, GLOBEX]),
    }));

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), ' glob ');

    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /^Acme Corp/ })).not.toBeInTheDocument(),
    );
    expect(api.callsTo(CUSTOMERS).map((call) => call.query)).toEqual([
      { limit: '25' },
      { search: 'glob', limit: '25' },
    ]);
  });

  it('says when no customer matches', async () => {
    const { user, api } = await openCustomers();
    api.set(CUSTOMERS, { body: createCustomerList([]) });
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'nothing');

    expect(await screen.findByText('No customers found.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('pages through 1,000 customers 25 at a time, asking the server for each page', async () => {
    const { user, api } = await openCustomers({
      [CUSTOMERS]: (call) => thousandCustomers(call.query),
    });
    const pages = screen.getByRole('navigation', { name: 'Customer pages' });
    const previous = within(pages).getByRole('button', { name: 'Previous' });
    const next = within(pages).getByRole('button', { name: 'Next' });

    expect(pages).toHaveTextContent('1–25 of 1,000');
    expect(screen.getAllByRole('row')).toHaveLength(26);
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAttribute('aria-disabled', 'false');

    await user.click(next);
    await waitFor(() => expect(pages).toHaveTextContent('26–50 of 1,000'));
    expect(screen.getByRole('rowheader', { name: 'Customer 0026' })).toBeInTheDocument();
    await user.click(previous);
    await waitFor(() => expect(pages).toHaveTextContent('1–25 of 1,000'));

    expect(api.callsTo(CUSTOMERS).map((call) => call.query)).toEqual([
      { limit: '25' },
      { limit: '25', cursor: 'after-25' },
      { limit: '25' },
    ]);
  });

  it('writes the range as the language does', async () => {
    const { user } = await openCustomers({
      [CUSTOMERS]: (call) => thousandCustomers(call.query),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');

    expect(screen.getByRole('heading', { level: 1, name: 'Kundenauswahl' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Seiten der Kundenliste' })).toHaveTextContent(
      '1–25 von 1.000',
    );
    expect(screen.getByRole('button', { name: 'Customer 0001 auswählen' })).toBeVisible();
  });

  it('switches to the chosen customer, reloads the account, and opens its portal', async () => {
    const { user, api, router } = await openCustomers({
      [SWITCH]: () => {
        // A slow answer: the portal must not open before /api/me names the customer.
        api.set(ME, () => delay(50).then(() => ({ body: ACTING_IN_ACME })));
        return { body: { actingTenant: ACTING_IN_ACME.actingTenant } };
      },
    });

    await user.click(screen.getByRole('button', { name: 'Select Acme Corp' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Rita Reseller' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(SWITCH)).toEqual([
      { method: 'POST', path: '/api/session/tenant', body: { tenantId: ACME.id } },
    ]);
    expect(api.callsTo(ME)).toHaveLength(2);
    expect(screen.getByRole('banner')).toHaveTextContent('Acting in Acme Corp (acme-corp.tenant)');
  });

  it("drops what was cached for the tenant before: no other tenant's users show", async () => {
    const api = mockApi({
      [ME]: { body: createResellerMe() },
      [CUSTOMERS]: { body: createCustomerList([ACME]) },
      'GET /api/users': {
        body: createUserList([createUserListItem({ username: 'reseller.colleague' })]),
      },
      [SWITCH]: () => {
        api.set(ME, { body: ACTING_IN_ACME });
        api.set('GET /api/users', () => new Promise(() => {}));
        return { body: { actingTenant: ACTING_IN_ACME.actingTenant } };
      },
    });
    const { user } = renderApp(null, { route: '/users' });
    expect(await screen.findByRole('rowheader', { name: 'reseller.colleague' })).toBeVisible();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Customers' }));
    await user.click(await screen.findByRole('button', { name: 'Select Acme Corp' }));
    await screen.findByRole('heading', { name: 'Welcome, Rita Reseller' });
    await user.click(within(nav).getByRole('link', { name: 'Users' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText('reseller.colleague')).not.toBeInTheDocument();
  });

  it('works by keyboard: Tab to a customer, Enter to choose it', async () => {
    const { user, api } = await openCustomers({
      [SWITCH]: () => {
        api.set(ME, { body: ACTING_IN_ACME });
        return { body: { actingTenant: ACTING_IN_ACME.actingTenant } };
      },
    });

    screen.getByRole('searchbox', { name: 'Search customers' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Select Acme Corp' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Welcome, Rita Reseller' })).toBeVisible();
    expect(api.callsTo(SWITCH)).toHaveLength(1);
  });

  it('says so when the customer is not available (404) and refreshes the list', async () => {
    const { user, api, router } = await openCustomers({
      [SWITCH]: apiErrorReply(404, ERROR_CODES.NOT_FOUND),
    });

    await user.click(screen.getByRole('button', { name: 'Select Globex' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This customer is not available. The list has been updated.',
    );
    expect(router.state.location.pathname).toBe('/customers');
    await waitFor(() => expect(api.callsTo(CUSTOMERS)).toHaveLength(2));
    expect(api.callsTo(ME)).toHaveLength(1);
  });

  it('acting in a customer: marks it as current and offers the way back to the own tenant', async () => {
    const { user, api } = await openCustomers({
      [ME]: { body: ACTING_IN_ACME },
      [SWITCH]: () => {
        api.set(ME, { body: createResellerMe() });
        return { body: { actingTenant: RESELLER_TENANT } };
      },
    });

    expect(screen.getByRole('rowheader', { name: 'Acme Corp Current' })).toBeInTheDocument();
    // Already working in it: nothing to select there; the other customers still offer it.
    expect(screen.queryByRole('button', { name: 'Select Acme Corp' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Select / }).length).toBeGreaterThan(0);
    expect(screen.getByText('You are working in Acme Corp.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back to Demo Reseller' }));

    expect(await screen.findByText('You are working in Demo Reseller again.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(api.callsTo(SWITCH).map((call) => call.body)).toEqual([
      { tenantId: RESELLER_TENANT.id },
    ]);
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Back to Demo Reseller' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Select customer' })).toHaveFocus();
    expect(screen.getByRole('banner')).not.toHaveTextContent('Acting in');
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const api = mockApi({
      [ME]: { body: createResellerMe() },
      [CUSTOMERS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    const { user } = renderApp(null, { route: '/customers' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The customers could not be loaded.',
    );
    api.set(CUSTOMERS, { body: createCustomerList([ACME]) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Customers' })).toBeVisible();
  });
});
