import { ERROR_CODES } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { apiErrorReply, createMe, createTotpEnrollment } from '@/testing/data-generators';
import { meOfSession, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const LOGIN = 'POST /api/auth/login';

/** The visible time left of a lockout. */
function countdown() {
  const element = document.querySelector('[data-countdown]');
  if (!element) throw new Error('no countdown shown');
  return element;
}

async function fillAndSubmit(
  user: ReturnType<typeof renderApp>['user'],
  values: { tenantDomain?: string; username?: string; password?: string } = {},
) {
  const { tenantDomain = 'acme-123456.tenant', username = 'jdoe', password = 'secret' } = values;
  if (tenantDomain) await user.type(screen.getByLabelText('Tenant domain'), tenantDomain);
  if (username) await user.type(screen.getByLabelText('Username'), username);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login form', () => {
  it('sends trimmed values, remembers the tenant and opens the portal on "authenticated"', async () => {
    const api = mockApi({
      [LOGIN]: { body: { status: 'authenticated' } },
      'GET /api/me': meOfSession(createMe()),
    });
    const { user, router } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user, {
      tenantDomain: '  acme-123456.tenant ',
      username: ' jdoe  ',
      password: ' pass word ',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Jane Doe' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(LOGIN)).toEqual([
      {
        method: 'POST',
        path: '/api/auth/login',
        body: {
          tenantDomain: 'acme-123456.tenant',
          username: 'jdoe',
          password: ' pass word ',
          language: 'en',
        },
      },
    ]);
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBe('acme-123456.tenant');
  });

  it('shows the page title and one heading', () => {
    renderApp(null, { route: '/login' });
    expect(document.title).toBe('Sign in – Unified Security Portal');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('checks required fields before sending and focuses the first one missing', async () => {
    const api = mockApi();
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user, { tenantDomain: '   ', username: '', password: 'secret' });

    const tenantDomain = screen.getByLabelText('Tenant domain');
    expect(tenantDomain).toHaveAttribute('aria-invalid', 'true');
    expect(tenantDomain).toHaveAccessibleDescription(
      expect.stringContaining('Enter your tenant domain.'),
    );
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(tenantDomain).toHaveFocus();
    expect(api.callsTo(LOGIN)).toHaveLength(0);
  });

  it('focuses the first empty field and has the autocomplete hints', () => {
    renderApp(null, { route: '/login' });
    expect(screen.getByLabelText('Tenant domain')).toHaveFocus();
    expect(screen.getByLabelText('Tenant domain')).toHaveAttribute('autocapitalize', 'off');
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocapitalize', 'off');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('shows a busy state and sends only once when "Log in" is pressed twice', async () => {
    let answer: (value: { body: unknown }) => void = () => {};
    const api = mockApi({
      [LOGIN]: () => new Promise((resolve) => (answer = resolve)),
      'GET /api/me': meOfSession(createMe()),
    });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);
    const button = screen.getByRole('button', { name: 'Log in' });
    expect(button).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Signing in…');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(api.callsTo(LOGIN)).toHaveLength(1);

    await act(async () => answer({ body: { status: 'authenticated' } }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
  });

  it('opens the two-factor dialog on "totp_required" and stays on the login page', async () => {
    mockApi({ [LOGIN]: { body: { status: 'totp_required' } } });
    const { user, router } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);

    const dialog = await screen.findByRole('dialog', { name: 'Two-factor authentication' });
    expect(within(dialog).getByLabelText('Authentication code')).toHaveFocus();
    expect(router.state.location.pathname).toBe('/login');
    // Only a finished sign-in is remembered.
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBeNull();
  });

  it('closing the two-factor dialog returns to the password, values kept', async () => {
    mockApi({ [LOGIN]: { body: { status: 'totp_required' } } });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Username')).toHaveValue('jdoe');
  });

  it('leads to the activation on "totp_enrollment_required", without asking for /api/me', async () => {
    const api = mockApi({
      [LOGIN]: { body: { status: 'totp_enrollment_required' } },
      'POST /api/auth/totp/enrollment': { body: createTotpEnrollment() },
    });
    const { user, router } = renderApp(null, { route: '/login' });
    // The login page's own check whether someone is signed in; none follows the sign-in.
    await waitFor(() => expect(api.callsTo('GET /api/me')).toHaveLength(1));

    await fillAndSubmit(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/two-factor/setup');
    expect(router.state.location.state).toMatchObject({
      pending: { tenantDomain: 'acme-123456.tenant', username: 'jdoe' },
    });
    expect(api.callsTo('GET /api/me')).toHaveLength(1);
  });
});

describe('login errors', () => {
  it('invalid_credentials: says the credentials are wrong, clears and focuses the password', async () => {
    mockApi({ [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS) });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The tenant domain, username or password is incorrect.',
    );
    const password = screen.getByLabelText('Password');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(password).toHaveAccessibleDescription(
      'The tenant domain, username or password is incorrect.',
    );
    expect(screen.getByLabelText('Username')).toHaveValue('jdoe');
  });

  it('too_many_attempts: shows the wait, counts down and blocks "Log in" until it ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({
      [LOGIN]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 90 }),
    });
    const { user } = renderApp(null, { route: '/login', advanceTimers: vi.advanceTimersByTime });

    await fillAndSubmit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many failed sign-in attempts. Try again in 2 minutes.');
    expect(countdown()).toHaveTextContent('Try again in 2 minutes.');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(countdown()).toHaveTextContent('Try again in 30 seconds.');

    await act(() => vi.advanceTimersByTimeAsync(29_000));
    expect(countdown()).toHaveTextContent('Try again in 1 second.');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled();
  });

  it('too_many_attempts: the ticking countdown is no live region; the alert is read once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({
      [LOGIN]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 45 }),
    });
    const { user } = renderApp(null, { route: '/login', advanceTimers: vi.advanceTimersByTime });

    await fillAndSubmit(user);
    const alert = await screen.findByRole('alert');
    const ticking = countdown();
    expect(ticking.closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(ticking).toHaveTextContent('Try again in 40 seconds.');
    // The live region keeps the words it was announced with: nothing new to read out.
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert).toHaveTextContent('Try again in 45 seconds.');
  });

  it('too_many_attempts: says once, politely, that Log in works again when the wait ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({
      [LOGIN]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 3 }),
    });
    const { user } = renderApp(null, { route: '/login', advanceTimers: vi.advanceTimersByTime });
    const region = screen.getByTestId('wait-over');
    // There from the start (a region that appears with its text is not read reliably), empty.
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    await fillAndSubmit(user);
    await screen.findByRole('alert');
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    // Nothing while the countdown runs: it is not announced second by second.
    expect(region).toBeEmptyDOMElement();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled();
    expect(region).toHaveTextContent('The wait is over: you can log in again.');
    expect(screen.getByTestId('wait-over')).toBe(region);
  });

  it('too_many_attempts: only the locked account waits; another one may log in', async () => {
    mockApi({
      [LOGIN]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 300 }),
    });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user, { username: 'ghost' });
    await screen.findByRole('alert');
    const logIn = screen.getByRole('button', { name: 'Log in' });
    expect(logIn).toBeDisabled();

    const username = screen.getByLabelText('Username');
    await user.clear(username);
    await user.type(username, 'alice');
    expect(logIn).toBeEnabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The same account again, in other case and with spaces, as the server compares it.
    await user.clear(username);
    await user.type(username, ' GHOST');
    expect(logIn).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in 5 minutes.');
  });

  it('too_many_attempts: falls back to the Retry-After header for the wait', async () => {
    mockApi({
      [LOGIN]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, {}, { 'Retry-After': '45' }),
    });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Too many failed sign-in attempts\. Try again in 4[45] seconds\.$/,
    );
  });

  it('validation_error: shows the message of the field the server rejected', async () => {
    mockApi({
      [LOGIN]: apiErrorReply(400, ERROR_CODES.VALIDATION_ERROR, { field: 'username' }),
    });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Check the username.');
    const username = screen.getByLabelText('Username');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveFocus();
  });

  it.each([
    ['a 503 answer', apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE)],
    ['a failed network request', 'network-error' as const],
  ])('service_unavailable: explains %s', async (_, reply) => {
    mockApi({ [LOGIN]: reply });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable. Please try again shortly.',
    );
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
  });

  it('announces a repeated failure again by replacing the alert', async () => {
    mockApi({ [LOGIN]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS) });
    const { user } = renderApp(null, { route: '/login' });

    await fillAndSubmit(user);
    const first = await screen.findByRole('alert');
    await user.type(screen.getByLabelText('Password'), 'again');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(first));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The tenant domain, username or password is incorrect.',
    );
  });
});
