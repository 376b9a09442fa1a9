import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createCustomerList,
  createMe,
  createResellerMe,
  RESELLER_TENANT,
} from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const ACME = { id: 'tenant-acme', name: 'Acme Corp', domain: 'acme.tenant' };

describe('portal header while a reseller acts in a customer', () => {
  it('says in which customer, besides the own tenant, with a way back to the list', async () => {
    mockApi({
      [ME]: { body: createResellerMe(ACME) },
      'GET /api/customers': { body: createCustomerList([]) },
    });
    const { user, router } = renderApp();

    const header = await screen.findByRole('banner');
    expect(within(header).getByText('Acting in Acme Corp')).toBeVisible();
    expect(within(header).getByText('(acme.tenant)')).toBeVisible();
    expect(header).toHaveTextContent(`${RESELLER_TENANT.name} (${RESELLER_TENANT.domain})`);

    const switchLink = within(header).getByRole('link', { name: 'Switch customer' });
    expect(switchLink).toHaveAttribute('href', '/customers');
    await user.click(switchLink);
    expect(await screen.findByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/customers');
  });

  it('speaks German and French too', async () => {
    mockApi({ [ME]: { body: createResellerMe(ACME) } });
    const { user } = renderApp();
    const header = await screen.findByRole('banner');

    await user.selectOptions(within(header).getByRole('combobox', { name: 'Language' }), 'de');
    expect(within(header).getByText('Sie arbeiten in Acme Corp')).toBeVisible();
    expect(within(header).getByRole('link', { name: 'Kunden wechseln' })).toBeVisible();

    await user.selectOptions(within(header).getByRole('combobox', { name: 'Sprache' }), 'fr');
    expect(within(header).getByText('Vous travaillez dans Acme Corp')).toBeVisible();
    expect(within(header).getByRole('link', { name: 'Changer de client' })).toBeVisible();
  });

  it('says nothing of acting while in the own tenant', async () => {
    mockApi({
      [ME]: { body: createResellerMe() },
      'GET /api/customers': { body: createCustomerList([]) },
    });
    renderApp();
    const header = await screen.findByRole('banner');
    await screen.findByRole('heading', { name: 'Select customer' });

    expect(header).not.toHaveTextContent('Acting in');
    expect(within(header).queryByRole('link', { name: 'Switch customer' })).not.toBeInTheDocument();
  });

  it('says nothing of acting to a customer user', async () => {
    mockApi({ [ME]: { body: createMe() } });
    renderApp();
    const header = await screen.findByRole('banner');
    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });

    expect(header).not.toHaveTextContent('Acting in');
    expect(within(header).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('main menu', () => {
  it('offers Customers to reseller users', async () => {
    mockApi({ [ME]: { body: createResellerMe(ACME) } });
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Customers' })).toHaveAttribute(
      'href',
      '/customers',
    );
  });

  it('offers no Customers to customer administrators', async () => {
    mockApi({ [ME]: { body: createMe({ user: { roles: ['admin'] } }) } });
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeVisible();
    expect(within(nav).queryByRole('link', { name: 'Customers' })).not.toBeInTheDocument();
  });
});
