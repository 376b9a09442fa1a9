import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { renderApp } from '@/testing/render-app';

describe('login page', () => {
  it('pre-fills the tenant domain from /tenant/:tenantDomain/login and starts at the username', () => {
    renderApp(null, { route: '/tenant/acme-123456.tenant/login' });

    expect(screen.getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
    expect(screen.getByLabelText('Username')).toHaveFocus();
  });

  it('pre-fills the last successfully used tenant domain on /login', () => {
    localStorage.setItem(STORAGE_KEYS.lastTenantDomain, 'beta-42.tenant');
    renderApp(null, { route: '/login' });

    expect(screen.getByLabelText('Tenant domain')).toHaveValue('beta-42.tenant');
    expect(screen.getByLabelText('Username')).toHaveFocus();
  });

  it('prefers the tenant in the URL over the remembered one', () => {
    localStorage.setItem(STORAGE_KEYS.lastTenantDomain, 'beta-42.tenant');
    renderApp(null, { route: '/tenant/acme-123456.tenant/login' });

    expect(screen.getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
  });

  it('offers landmarks and a language switcher', () => {
    renderApp(null, { route: '/login' });

    expect(screen.getByRole('banner')).toHaveTextContent('Unified Security Portal');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
});

describe('login page in every language', () => {
  // End-to-end tests find buttons by a case-insensitive part of their name: "Log in" must not
  // also be part of another button's name (e.g. the sign-in method choice).
  it.each(['en', 'de', 'fr'])(
    '%s: the submit button name is unique on the page',
    async (language) => {
      const { user } = renderApp(null, { route: '/login' });
      const switcher = screen.getByRole('combobox');
      await user.selectOptions(switcher, language);

      const buttons = screen.getAllByRole('button');
      const submit = screen.getByRole('button', { name: i18next.t('login.submit') });
      const submitName = submit.textContent?.trim().toLowerCase() ?? '';
      const others = buttons.filter((button) => button !== submit);
      for (const other of others) {
        expect(other.textContent?.toLowerCase()).not.toContain(submitName);
      }
    },
  );
});
