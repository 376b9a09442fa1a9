import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiErrorReply,
  createCustomerList,
  createCustomerListItem,
  createResellerMe,
} from '@/testing/data-generators';
import { type MockRoutes, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const CUSTOMERS = 'GET /api/customers';
const CREATE = 'POST /api/customers';
const ACME = createCustomerListItem({ name: 'Acme Corp' });
const INITECH = createCustomerListItem({ name: 'Initech', status: 'deactivated' });
const CREATED = createCustomerListItem({ name: 'Globex', domain: 'globex-123456.tenant' });

async function openCustomers(routes: MockRoutes = {}, roles = ['admin']) {
  const api = mockApi({
    [ME]: { body: createResellerMe(undefined, { user: { roles } }) },
    [CUSTOMERS]: { body: createCustomerList([ACME, INITECH]) },
    ...routes,
  });
  const view = renderApp(null, { route: '/customers' });
  await screen.findByRole('table', { name: 'Customers' });
  return { ...view, api };
}

async function openAddDialog(routes: MockRoutes = {}) {
  const view = await openCustomers({ [CREATE]: { status: 201, body: CREATED }, ...routes });
  await view.user.click(screen.getByRole('button', { name: 'Add customer' }));
  const dialog = screen.getByRole('dialog', { name: 'Add customer' });
  return { ...view, dialog };
}

describe('Add customer', () => {
  it('is offered to reseller administrators only', async () => {
    await openCustomers({}, ['user']);
    expect(screen.queryByRole('button', { name: 'Add customer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Deactivate Acme Corp' })).toBeNull();
  });

  it('asks for the customer and its first administrator; the domain may stay empty', async () => {
    const { dialog, user, api } = await openAddDialog();
    expect(within(dialog).getByLabelText('Customer name')).toHaveFocus();
    expect(within(dialog).getByLabelText('Tenant domain (optional)')).toHaveAccessibleDescription(
      /Leave empty to make one from the name/,
    );
    expect(within(dialog).getByRole('group', { name: 'First administrator' })).toBeVisible();

    await user.type(within(dialog).getByLabelText('Customer name'), 'Globex');
    await user.type(within(dialog).getByLabelText('Username'), 'hank');
    await user.type(within(dialog).getByLabelText('E-mail address'), 'hank@globex.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo(CREATE)[0]?.body).toEqual({
      name: 'Globex',
      admin: { username: 'hank', email: 'hank@globex.example' },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Globex was added as globex-123456.tenant. hank@globex.example will receive an e-mail to set a password.',
    );
    // The list is asked again: the new customer comes first there.
    await waitFor(() => expect(api.callsTo(CUSTOMERS).length).toBeGreaterThan(1));
  });

  it('checks the fields before sending and focuses the first problem', async () => {
    const { dialog, user, api } = await openAddDialog();
    await user.type(within(dialog).getByLabelText('Tenant domain (optional)'), 'acme');
    await user.type(within(dialog).getByLabelText('E-mail address'), 'not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));

    const name = within(dialog).getByLabelText('Customer name');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Enter the customer’s name.');
    expect(within(dialog).getByLabelText('Tenant domain (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Use lower-case letters, digits and hyphens'),
    );
    expect(within(dialog).getByLabelText('Username')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a username.'),
    );
    expect(within(dialog).getByLabelText('E-mail address')).toHaveAccessibleDescription(
      'Enter a valid e-mail address, for example name@example.com.',
    );
    expect(api.callsTo(CREATE)).toHaveLength(0);
  });

  it('lower-cases the domain and shows a taken one at its field', async () => {
    const { dialog, user, api } = await openAddDialog({
      [CREATE]: apiErrorReply(409, ERROR_CODES.DOMAIN_TAKEN, { field: 'domain' }),
    });
    await user.type(within(dialog).getByLabelText('Customer name'), 'Acme');
    await user.type(within(dialog).getByLabelText('Tenant domain (optional)'), 'Acme.Tenant');
    await user.type(within(dialog).getByLabelText('Username'), 'wile');
    await user.type(within(dialog).getByLabelText('E-mail address'), 'wile@acme.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add customer' }));

    const domain = within(dialog).getByLabelText('Tenant domain (optional)');
    await waitFor(() => expect(domain).toHaveFocus());
    expect(domain).toHaveAccessibleDescription(
      expect.stringContaining('Another tenant already has this domain.'),
    );
    expect(api.callsTo(CREATE)[0]?.body).toMatchObject({ domain: 'acme.tenant' });
  });
});

describe('deactivating and activating a customer', () => {
  it('asks first, then deactivates and says so', async () => {
    const patch = `PATCH /api/customers/${ACME.id}`;
    const { user, api } = await openCustomers({
      [patch]: { body: { ...ACME, status: 'deactivated' } },
    });
    await user.click(screen.getByRole('button', { name: 'Deactivate Acme Corp' }));
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Acme Corp?' });
    expect(dialog).toHaveAccessibleDescription(/their sessions end now/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Deactivate customer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo(patch)[0]?.body).toEqual({ status: 'deactivated' });
    expect(screen.getByRole('status')).toHaveTextContent('Acme Corp is deactivated.');
  });

  it('marks a deactivated customer, offers no Select, and activates it at once', async () => {
    const patch = `PATCH /api/customers/${INITECH.id}`;
    const { user, api } = await openCustomers({
      [patch]: { body: { ...INITECH, status: 'active' } },
    });
    const row = screen.getByRole('rowheader', { name: /^Initech/ }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Deactivated')).toBeVisible();
    expect(within(row).getByRole('button', { name: 'Select Initech' })).toBeDisabled();

    await user.click(within(row).getByRole('button', { name: 'Activate Initech' }));
    await waitFor(() => expect(api.callsTo(patch)).toHaveLength(1));
    expect(api.callsTo(patch)[0]?.body).toEqual({ status: 'active' });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Initech is active again.'),
    );
  });
});
