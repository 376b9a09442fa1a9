import { ERROR_CODES } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEYS, STORAGE_KEYS } from '@/config/constants';
import {
  apiErrorReply,
  createAuthOptions,
  createCustomerList,
  createMe,
  createResellerMe,
} from '@/testing/data-generators';
import { meOfSession, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const SESSION_ENDED = 'Your session has ended. Please sign in again.';
const HAD_SESSION = SESSION_STORAGE_KEYS.hadSession;

/** What an earlier page load in this tab leaves behind once /api/me has answered. */
function rememberEarlierSession() {
  sessionStorage.setItem(HAD_SESSION, 'yes');
}

describe('portal shell', () => {
  it('shows a spinner with accessible text while the account loads', async () => {
    mockApi({ [ME]: () => new Promise(() => {}) });
    renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows the product, the acting tenant, the user, the menu and the account', async () => {
    mockApi({
      [ME]: {
        body: createMe({
          user: { username: 'jdoe', displayName: 'Jane Doe', roles: ['admin'] },
          tenant: { name: 'Acme Corporation', domain: 'acme-123456.tenant' },
        }),
      },
    });
    renderApp();

    const header = await screen.findByRole('banner');
    expect(header).toHaveTextContent('Unified Security Portal');
    expect(header).toHaveTextContent('Acme Corporation (acme-123456.tenant)');
    expect(header).toHaveTextContent('Jane Doe');
    expect(within(header).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Log out' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Welcome, Jane Doe');
    const account = within(main).getByRole('region', { name: 'Your account' });
    expect(account).toHaveTextContent('jdoe');
    expect(account).toHaveTextContent('Administrator');
    expect(account).toHaveTextContent('Acme Corporation (acme-123456.tenant)');
    expect(document.title).toBe('Home – Unified Security Portal');
  });

  it('has a skip link to the main content', async () => {
    mockApi({ [ME]: { body: createMe() } });
    renderApp();
    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('falls back to the username when there is no display name', async () => {
    mockApi({ [ME]: { body: createMe({ user: { displayName: '', username: 'ops' } }) } });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Welcome, ops');
  });

  it('shows the menu entries only with their permission', async () => {
    mockApi({ [ME]: { body: createMe({ permissions: [] }) } });
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link')).not.toBeInTheDocument();
  });

  it('logs out: calls the API, forgets cached data and returns to the login page', async () => {
    const api = mockApi({
      [ME]: meOfSession(createMe({ tenant: { domain: 'acme-123456.tenant' } }), { signedIn: true }),
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router, queryClient } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1);
    // The portal's, then the login page's check (which finds nobody signed in).
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
    expect(queryClient.getQueryData(['me'])).toBeUndefined();
    expect(sessionStorage.getItem(HAD_SESSION)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBe('acme-123456.tenant');
    expect(screen.getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Signed out on purpose: said politely (role=status), and, signed in with a password, there
    // is no reseller-portal session to end.
    expect(screen.getByRole('status')).toHaveTextContent('You have been signed out.');
    expect(
      screen.queryByRole('link', { name: 'Also sign out of the reseller portal' }),
    ).not.toBeInTheDocument();
  });

  it('still offers the reseller portal on the login page after logging out', async () => {
    mockApi({
      [ME]: meOfSession(createMe(), { signedIn: true }),
      // Answered only after the cache is emptied, as over a real network.
      'GET /api/auth/options': () =>
        new Promise((resolve) =>
          setTimeout(() => resolve({ body: createAuthOptions({ resellerPortal: true }) }), 20),
        ),
      'POST /api/auth/logout': { status: 204 },
    });
    const { user } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('link', { name: 'Login with reseller portal' })).toBeVisible();
  });

  it('logs out of a reseller-portal sign-in and offers to sign out of the portal too', async () => {
    const api = mockApi({
      [ME]: meOfSession(
        createResellerMe(undefined, { session: { authMethod: 'reseller_portal' } }),
        {
          signedIn: true,
        },
      ),
      'GET /api/customers': { body: createCustomerList([]) },
      // Answered later than the cache is emptied after leaving, as over a real network.
      'GET /api/auth/options': () =>
        new Promise((resolve) =>
          setTimeout(() => resolve({ body: createAuthOptions({ resellerPortal: true }) }), 20),
        ),
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('You are signed out. Also sign out of the reseller portal');
    expect(
      within(notice).getByRole('link', { name: 'Also sign out of the reseller portal' }),
    ).toHaveAttribute('href', '/api/auth/rsp/logout');
    // The cache emptied for the next person keeps the options: signing in through the portal
    // again is offered at once.
    expect(await screen.findByRole('link', { name: 'Login with reseller portal' })).toBeVisible();
    // Shown once: not in the history entry, so a reload does not repeat it.
    await waitFor(() => expect(router.state.location.state).toEqual({}));
    expect(screen.getByRole('status')).toBe(notice);
  });

  it('offers to try again when the account cannot be loaded for another reason', async () => {
    const api = mockApi({ [ME]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE) });
    const { user } = renderApp();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable. Please try again shortly.',
    );
    api.set(ME, { body: createMe() });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
  });
});

describe('session end', () => {
  it('sends a first-time visitor to the login page without a message', async () => {
    const api = mockApi({ [ME]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED) });
    const { router } = renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The portal's, then the login page's check.
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
  });

  it('remembers for this tab that /api/me answered', async () => {
    mockApi({ [ME]: { body: createMe() } });
    renderApp();
    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });
    expect(sessionStorage.getItem(HAD_SESSION)).not.toBeNull();
  });

  it('after a reload, says that the session this tab had has ended, once', async () => {
    rememberEarlierSession();
    const api = mockApi({ [ME]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED) });
    const { router } = renderApp();

    expect(await screen.findByRole('alert')).toHaveTextContent(SESSION_ENDED);
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in');
    // The portal's, then the login page's check.
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
    expect(sessionStorage.getItem(HAD_SESSION)).toBeNull();

    // Coming back to the portal without signing in: nothing new has ended.
    await act(() => router.navigate('/'));
    // The portal asks again, and the login page once more.
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(4));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('notices a session that ends while the portal is open (checked every 60 s)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = mockApi({ [ME]: { body: createMe() } });
    const { router, queryClient } = renderApp();
    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });

    api.set(ME, apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED));
    await act(() => vi.advanceTimersByTimeAsync(59_000));
    expect(router.state.location.pathname).toBe('/');
    await act(() => vi.advanceTimersByTimeAsync(1_000));

    expect(await screen.findByRole('alert')).toHaveTextContent(SESSION_ENDED);
    expect(router.state.location.pathname).toBe('/login');
    // Only what the login page asks for itself is cached: the server's public options.
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['auth-options']]);
  });

  it('signs in again and returns to where the session ended', async () => {
    rememberEarlierSession();
    const api = mockApi({
      [ME]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED),
      'POST /api/auth/login': { body: { status: 'authenticated' } },
    });
    const { user, router } = renderApp();
    await screen.findByRole('alert');

    api.set(ME, { body: createMe() });
    await user.type(screen.getByLabelText('Tenant domain'), 'acme-123456.tenant');
    await user.type(screen.getByLabelText('Username'), 'jdoe');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
