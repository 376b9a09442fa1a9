import { ERROR_CODES } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply, createMe } from '@/testing/data-generators';
import { type MockRoutes, meOfSession, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const LOGIN = 'POST /api/auth/login';
const TOTP = 'POST /api/auth/totp';
const RECOVERY = 'POST /api/auth/recovery-code';
const EXPIRED =
  'Your sign-in has expired or too many wrong codes were entered. Please sign in again.';

type Options = { routes?: MockRoutes; route?: string; state?: unknown; fakeTimers?: boolean };

/** Signs in with a password on an account with 2FA: the dialog is open afterwards. */
async function openChallenge({ routes = {}, route = '/login', state, fakeTimers }: Options = {}) {
  const api = mockApi({
    [LOGIN]: { body: { status: 'totp_required' } },
    'GET /api/me': meOfSession(createMe()),
    ...routes,
  });
  const view = renderApp(null, {
    route,
    state,
    advanceTimers: fakeTimers ? vi.advanceTimersByTime : undefined,
  });
  const { user } = view;
  await user.type(screen.getByLabelText('Tenant domain'), 'acme-123456.tenant');
  await user.type(screen.getByLabelText('Username'), 'jdoe');
  await user.type(screen.getByLabelText('Password'), 'secret');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
  const dialog = await screen.findByRole('dialog', { name: 'Two-factor authentication' });
  return { ...view, api, dialog };
}

describe('two-factor dialog at sign-in', () => {
  it('is a labelled modal that starts in the code field, made for one-time codes', async () => {
    const { dialog } = await openChallenge();

    expect(dialog).toHaveAccessibleDescription(
      'Enter the 6-digit code that your authenticator app shows for this account.',
    );
    const code = within(dialog).getByLabelText('Authentication code');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('maxlength', '7');
    expect(within(dialog).getByRole('button', { name: 'Verify' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Use a recovery code' })).toBeVisible();
  });

  it('sends the code without spaces and opens the portal by itself', async () => {
    const { user, api, router, dialog } = await openChallenge({
      routes: { [TOTP]: { body: { status: 'authenticated' } } },
    });

    await user.type(within(dialog).getByLabelText('Authentication code'), '123 456');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Jane Doe' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(TOTP)).toEqual([
      { method: 'POST', path: '/api/auth/totp', body: { code: '123456' } },
    ]);
    // The login page's check (nobody signed in yet), then once for the portal.
    expect(api.callsTo('GET /api/me')).toHaveLength(2);
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBe('acme-123456.tenant');
  });

  it('takes digits only and signs in by itself on the sixth digit, without "Verify"', async () => {
    const { user, api, dialog } = await openChallenge({
      routes: { [TOTP]: { body: { status: 'authenticated' } } },
    });
    const code = within(dialog).getByLabelText('Authentication code');

    await user.type(code, '12a3 4-5');
    expect(code).toHaveValue('123 45');
    expect(api.callsTo(TOTP)).toEqual([]);

    await user.type(code, '6');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Jane Doe' }),
    ).toBeVisible();
    expect(api.callsTo(TOTP)).toEqual([
      { method: 'POST', path: '/api/auth/totp', body: { code: '123456' } },
    ]);
  });

  it('has one primary action: Verify; Close is secondary', async () => {
    const { dialog } = await openChallenge();
    const primary = dialog.querySelectorAll('.button--primary');
    expect([...primary].map((button) => button.textContent)).toEqual(['Verify']);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveClass('button--secondary');
  });

  it('opens the page the user wanted before signing in', async () => {
    const { user, router, dialog } = await openChallenge({
      routes: { [TOTP]: { body: { status: 'authenticated' } } },
      state: { from: '/account/security' },
    });

    await user.type(within(dialog).getByLabelText('Authentication code'), '123456{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Account security' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/account/security');
  });

  it('code_already_used: says to wait for the next code, not that it is wrong', async () => {
    const { user, dialog } = await openChallenge({
      routes: { [TOTP]: apiErrorReply(401, ERROR_CODES.CODE_ALREADY_USED) },
    });
    const code = within(dialog).getByLabelText('Authentication code');

    await user.type(code, '123456');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This code was just used. Wait for the next code in your app.',
    );
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
  });

  it('invalid_code: says so, empties the field and puts the focus back for the next code', async () => {
    const { user, dialog } = await openChallenge({
      routes: { [TOTP]: apiErrorReply(401, ERROR_CODES.INVALID_CODE) },
    });
    const code = within(dialog).getByLabelText('Authentication code');

    await user.type(code, '000000'); // the sixth digit sends it

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The code is not valid. Enter the current code from your authenticator app.',
    );
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('checks the code before sending: six digits', async () => {
    const { user, api, dialog } = await openChallenge();
    const code = within(dialog).getByLabelText('Authentication code');

    await user.type(code, '12345');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Enter the 6-digit code from your authenticator app.',
    );
    expect(code).toHaveFocus();
    expect(api.callsTo(TOTP)).toHaveLength(0);
  });

  it('login_expired: closes the dialog and returns to the password step with the reason', async () => {
    const { user, dialog } = await openChallenge({
      routes: { [TOTP]: apiErrorReply(401, ERROR_CODES.LOGIN_EXPIRED) },
    });

    await user.type(within(dialog).getByLabelText('Authentication code'), '123456'); // the sixth digit sends it

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(EXPIRED);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(screen.getByLabelText('Username')).toHaveValue('jdoe');
  });

  it('too_many_attempts: shows the wait and blocks "Verify" until it has passed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, dialog } = await openChallenge({
      routes: {
        [TOTP]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 30 }),
      },
      fakeTimers: true,
    });

    await user.type(within(dialog).getByLabelText('Authentication code'), '123456'); // the sixth digit sends it

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Too many failed sign-in attempts. Try again in 30 seconds.',
    );
    expect(within(dialog).getByRole('button', { name: 'Verify' })).toBeDisabled();

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Verify' })).toBeEnabled();
  });
});

describe('two-factor dialog with a recovery code', () => {
  it('switches to a recovery code field and signs in with it', async () => {
    const { user, api, router, dialog } = await openChallenge({
      routes: { [RECOVERY]: { body: { status: 'authenticated' } } },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Use a recovery code' }));

    const field = within(dialog).getByLabelText('Recovery code');
    expect(field).toHaveFocus();
    expect(within(dialog).queryByLabelText('Authentication code')).not.toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(/recovery codes that you saved/);
    await user.type(field, '  abcd-efgh-ijkl ');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(RECOVERY)).toEqual([
      { method: 'POST', path: '/api/auth/recovery-code', body: { code: 'abcd-efgh-ijkl' } },
    ]);
    expect(api.callsTo(TOTP)).toHaveLength(0);
  });

  it('says when a recovery code is not valid or used, and switches back to the app', async () => {
    const { user, dialog } = await openChallenge({
      routes: { [RECOVERY]: apiErrorReply(401, ERROR_CODES.INVALID_CODE) },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Use a recovery code' }));
    const field = within(dialog).getByLabelText('Recovery code');
    await user.type(field, 'used-code');
    await user.click(within(dialog).getByRole('button', { name: 'Verify' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The recovery code is not valid or was already used.',
    );
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Use the authenticator app' }));
    expect(within(dialog).getByLabelText('Authentication code')).toHaveFocus();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('login_expired with a recovery code also returns to the password step', async () => {
    const { user, dialog } = await openChallenge({
      routes: { [RECOVERY]: apiErrorReply(401, ERROR_CODES.LOGIN_EXPIRED) },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Use a recovery code' }));
    await user.type(within(dialog).getByLabelText('Recovery code'), 'abcd{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(EXPIRED);
  });
});

describe('two-factor dialog in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user, dialog } = await openChallengeIn(language);
    for (const step of ['totp', 'recovery']) {
      if (step === 'recovery') {
        await user.click(
          within(dialog).getByRole('button', {
            name: i18next.t('twoFactor.challenge.useRecoveryCode'),
          }),
        );
      }
      expectDistinctButtonNames(screen.getAllByRole('button'));
    }
  });
});

/** The dialog, opened with the login form in the given language. */
async function openChallengeIn(language: string) {
  mockApi({ [LOGIN]: { body: { status: 'totp_required' } } });
  const view = renderApp(null, { route: '/tenant/acme-123456.tenant/login' });
  await view.user.selectOptions(screen.getByRole('combobox'), language);
  await view.user.type(screen.getByLabelText(i18next.t('login.username')), 'jdoe');
  await view.user.type(screen.getByLabelText(i18next.t('login.password')), 'secret');
  await view.user.click(screen.getByRole('button', { name: i18next.t('login.submit') }));
  const dialog = await screen.findByRole('dialog');
  return { ...view, dialog };
}
