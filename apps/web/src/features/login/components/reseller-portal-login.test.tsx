import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authOptionsQueryOptions } from '@/lib/auth-options';
import { apiErrorReply, createAuthOptions } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const OPTIONS = 'GET /api/auth/options';
const LOGIN = 'POST /api/auth/login';
const RSP_LINK = 'Login with reseller portal';
const WRONG = 'The tenant domain, username or password is incorrect.';
const WRONG_OR_PORTAL =
  'The tenant domain, username or password is incorrect, or this account signs in through the reseller portal.';

function withPortal(enabled: boolean) {
  return { [OPTIONS]: { body: createAuthOptions({ resellerPortal: enabled }) } };
}

async function submitWrongPassword(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText('Tenant domain'), 'demo-reseller.tenant');
  await user.type(screen.getByLabelText('Username'), 'rsp.partner');
  await user.type(screen.getByLabelText('Password'), 'secret');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('"Login with reseller portal"', () => {
  it('is a link to the API, which sends the browser on to the portal', async () => {
    const api = mockApi(withPortal(true));
    renderApp(null, { route: '/login' });

    const link = await screen.findByRole('link', { name: RSP_LINK });
    expect(link).toHaveAttribute('href', '/api/auth/rsp/login');
    expect(screen.getByText('or')).toBeVisible();
    expect(api.callsTo(OPTIONS)).toHaveLength(1);
    // The password form stays first, where the focus starts.
    expect(screen.getByLabelText('Tenant domain')).toHaveFocus();
  });

  it('is on the tenant login link too', async () => {
    mockApi(withPortal(true));
    renderApp(null, { route: '/tenant/acme-123456.tenant/login' });
    expect(await screen.findByRole('link', { name: RSP_LINK })).toBeVisible();
  });

  it('is not offered when no reseller portal is configured', async () => {
    const api = mockApi(withPortal(false));
    const view = renderApp(null, { route: '/login' });

    await optionsSettled(view);
    expect(api.callsTo(OPTIONS)).toHaveLength(1);
    expect(screen.queryByRole('link', { name: RSP_LINK })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: RSP_LINK })).not.toBeInTheDocument();
    expect(screen.queryByText('or')).not.toBeInTheDocument();
  });

  it('is not offered when the options cannot be loaded; the password form still works', async () => {
    mockApi({
      [OPTIONS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
      [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS),
    });
    const view = renderApp(null, { route: '/login' });
    const { user } = view;

    await optionsSettled(view);
    expect(screen.queryByRole('link', { name: RSP_LINK })).not.toBeInTheDocument();
    await submitWrongPassword(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG);
  });

  it.each([
    ['de', 'Login über das Reseller-Portal'],
    ['fr', 'Connexion via le portail revendeur'],
  ])('%s: is named in the language chosen', async (language, name) => {
    mockApi(withPortal(true));
    const { user } = renderApp(null, { route: '/login' });
    await screen.findByRole('link', { name: RSP_LINK });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language);
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', '/api/auth/rsp/login');
  });
});

describe('wrong credentials where accounts may sign in through the reseller portal', () => {
  it('says the account may sign in through the reseller portal (the 401 is the same)', async () => {
    mockApi({ ...withPortal(true), [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS) });
    const { user } = renderApp(null, { route: '/login' });
    await screen.findByRole('link', { name: RSP_LINK });

    await submitWrongPassword(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG_OR_PORTAL);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(WRONG_OR_PORTAL);
  });

  it('keeps the plain message without a reseller portal', async () => {
    mockApi({ ...withPortal(false), [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS) });
    const view = renderApp(null, { route: '/login' });
    const { user } = view;
    await optionsSettled(view);

    await submitWrongPassword(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WRONG);
    expect(alert).not.toHaveTextContent('reseller portal');
  });

  it.each([
    [
      'de',
      'Mandanten-Domain, Benutzername oder Passwort ist falsch – oder die Anmeldung für dieses Konto erfolgt über das Reseller-Portal.',
    ],
    [
      'fr',
      'Le domaine du locataire, le nom d’utilisateur ou le mot de passe est incorrect, ou ce compte se connecte via le portail revendeur.',
    ],
  ])('%s: says so in the language chosen', async (language, text) => {
    mockApi({ ...withPortal(true), [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS) });
    const { user } = renderApp(null, { route: '/login' });
    await screen.findByRole('link', { name: RSP_LINK });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), language);

    await user.type(screen.getByRole('textbox', { name: /Mandanten-Domain|Domaine/ }), 'a.tenant');
    await user.type(screen.getByRole('textbox', { name: /Benutzername|Nom d’utilisateur/ }), 'x');
    await user.type(screen.getByLabelText(/Passwort|Mot de passe/), 'secret');
    await user.click(screen.getByRole('button', { name: /^(Anmelden|Se connecter)$/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });
});

/** Waits until GET /api/auth/options has answered (or failed): only then is "not shown" true. */
async function optionsSettled({ queryClient }: Pick<ReturnType<typeof renderApp>, 'queryClient'>) {
  await waitFor(() =>
    expect(queryClient.getQueryState(authOptionsQueryOptions().queryKey)?.status).not.toBe(
      'pending',
    ),
  );
}
