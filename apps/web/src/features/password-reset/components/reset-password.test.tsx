import { ERROR_CODES } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '@/config/constants';
import { expectDistinctButtonNames } from '@/testing/button-names';
import {
  apiErrorReply,
  createResetTokenInfo,
  createTotpEnrollment,
  weakPasswordReply,
} from '@/testing/data-generators';
import { type MockRoutes, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const VERIFY = 'POST /api/auth/password/reset/verify';
const RESET = 'POST /api/auth/password/reset';
const TOKEN = 'Zm9vYmFyLXRva2VuLXdpdGgtMjU2LWJpdHMtb2YtcmFuZG9t';
const INVALID_LINK =
  'This link is no longer valid. Links work once and for a limited time (30 minutes; 7 days for a new account); a newer e-mail replaces older links.';
const GOOD_PASSWORD = 'correct horse battery';

type Options = { routes?: MockRoutes; hash?: string; strictMode?: boolean };

/** The page as the link of a reset mail opens it: the token in the fragment. */
async function openResetPage({ routes = {}, hash = `#token=${TOKEN}`, strictMode }: Options = {}) {
  const api = mockApi({
    [VERIFY]: { body: createResetTokenInfo() },
    [RESET]: { body: { status: 'password_changed', next: 'login' } },
    ...routes,
  });
  const view = renderApp(null, { route: `/password/reset${hash}`, strictMode });
  return { ...view, api };
}

async function typeNewPassword(
  user: ReturnType<typeof renderApp>['user'],
  password: string,
  confirm = password,
) {
  await user.type(await screen.findByLabelText('New password'), password);
  if (confirm) await user.type(screen.getByLabelText('Confirm password'), confirm);
}

describe('reset page', () => {
  it('reads the token from the fragment, removes it from the URL and checks it once', async () => {
    const { api, router } = await openResetPage({ strictMode: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/password/reset');
    expect(router.state.location.hash).toBe('');
    expect(api.callsTo(VERIFY)).toEqual([
      { method: 'POST', path: '/api/auth/password/reset/verify', body: { token: TOKEN } },
    ]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Change password – Unified Security Portal');
  });

  it('shows a spinner while the link is checked', async () => {
    await openResetPage({ routes: { [VERIFY]: () => new Promise(() => {}) } });
    expect(await screen.findByRole('status')).toHaveTextContent('Checking the link…');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });

  it('shows the account and the new-password fields, focused on the first', async () => {
    await openResetPage();

    const password = await screen.findByLabelText('New password');
    expect(screen.getByRole('main')).toHaveTextContent('acme-123456.tenant');
    expect(screen.getByRole('main')).toHaveTextContent('jdoe');
    expect(password).toHaveFocus();
    for (const field of [password, screen.getByLabelText('Confirm password')]) {
      expect(field).toHaveAttribute('type', 'password');
      expect(field).toHaveAttribute('autocomplete', 'new-password');
    }
    expect(screen.getByRole('meter', { name: 'Password strength' })).toHaveValue(0);
    expect(screen.getByRole('button', { name: 'Change password' })).toBeEnabled();
  });

  it('shows the first broken rule while typing, and the strength', async () => {
    const { user } = await openResetPage();
    const password = await screen.findByLabelText('New password');
    const meter = screen.getByRole('meter', { name: 'Password strength' });

    await user.type(password, 'short');
    const tooShort = 'The password is too short: use at least 12 characters.';
    expect(screen.getByText(tooShort)).toHaveAttribute('aria-live', 'polite');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(tooShort));
    expect(password).not.toHaveAttribute('aria-invalid');
    // Said once on the page (end-to-end tests find it by part of its text).
    expect(screen.getAllByText(/at least 12 characters/)).toHaveLength(1);
    expect(meter).toHaveValue(1);
    expect(meter).toHaveAttribute('aria-valuetext', 'Weak');

    await user.clear(password);
    await user.type(password, 'I am JDOE, hello');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('The password must not contain your username.'),
    );
    expect(screen.queryByText(tooShort)).not.toBeInTheDocument();

    await user.clear(password);
    await user.type(password, 'acme-123456 rocks');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('The password must not contain your tenant domain.'),
    );

    await user.clear(password);
    await user.type(password, 'a fine phrase');
    expect(meter).toHaveAttribute('aria-valuetext', 'Fair');
    await user.type(password, ' of twenty');
    expect(meter).toHaveAttribute('aria-valuetext', 'Strong');
    expect(password).not.toHaveAccessibleDescription(expect.stringContaining('The password'));
  });

  it('sends nothing while a rule is broken, and marks the field', async () => {
    const { user, api } = await openResetPage();
    await typeNewPassword(user, 'short');

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const password = screen.getByLabelText('New password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(api.callsTo(RESET)).toHaveLength(0);
  });

  it('says when the passwords do not match', async () => {
    const { user, api } = await openResetPage();
    await typeNewPassword(user, GOOD_PASSWORD, 'correct horse battery!');

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const confirm = screen.getByLabelText('Confirm password');
    expect(confirm).toHaveAccessibleDescription('The passwords do not match.');
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveFocus();
    expect(api.callsTo(RESET)).toHaveLength(0);

    await user.type(confirm, '{Backspace}');
    expect(screen.queryByText('The passwords do not match.')).not.toBeInTheDocument();
  });

  it('does not move the submit button away as it is pressed: leaving for it judges nothing yet', async () => {
    const { user } = await openResetPage();
    await typeNewPassword(user, GOOD_PASSWORD, 'correct horse battery!');
    const submit = screen.getByRole('button', { name: 'Change password' });

    // Pressing the button moves the focus to it first; a message shown then would push it down.
    act(() => submit.focus());
    expect(screen.queryByText('The passwords do not match.')).not.toBeInTheDocument();

    await user.click(submit);
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
    expect(screen.getByText('The passwords do not match.')).toBeVisible();
  });

  it('says so when the confirmation is left different, before sending', async () => {
    const { user } = await openResetPage();
    await typeNewPassword(user, GOOD_PASSWORD, 'correct');
    await user.tab();
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
  });

  it('shows and hides both passwords', async () => {
    const { user } = await openResetPage();
    await screen.findByLabelText('New password');

    await user.click(screen.getByRole('checkbox', { name: 'Show passwords' }));

    expect(screen.getByLabelText('New password')).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText('Confirm password')).toHaveAttribute('type', 'text');
  });

  it('shows the reason of a 422 (common: only the server knows) on the new password', async () => {
    const { user, api } = await openResetPage({ routes: { [RESET]: weakPasswordReply('common') } });
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const common =
      'This password is on a list of common or breached passwords. Choose a different password.';
    const password = screen.getByLabelText('New password');
    expect(await screen.findByText(common)).toBeVisible();
    expect(screen.getAllByText(/common or breached/)).toHaveLength(1);
    expect(password).toHaveAccessibleDescription(expect.stringContaining(common));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(screen.getByLabelText('Confirm password')).toHaveValue('');
    expect(api.callsTo(RESET)).toEqual([
      {
        method: 'POST',
        path: '/api/auth/password/reset',
        body: { token: TOKEN, password: GOOD_PASSWORD },
      },
    ]);

    // A new password is judged afresh.
    await user.type(password, 'x');
    expect(screen.queryByText(common)).not.toBeInTheDocument();
  });

  it('counts down after too many requests and blocks the button meanwhile', async () => {
    const { user } = await openResetPage({
      routes: {
        [RESET]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 120 }),
      },
    });
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many requests. Try again in 2 minutes.',
    );
    expect(screen.getByRole('button', { name: 'Change password' })).toBeDisabled();
  });

  it('password changed: on to the login of the tenant, with the message and the username', async () => {
    const { user, router, api } = await openResetPage({
      routes: { [VERIFY]: { body: createResetTokenInfo({ tenantDomain: 'acme-123456.tenant' }) } },
    });
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/tenant/acme-123456.tenant/login');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your password was changed. Sign in with your new password.',
    );
    expect(screen.getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
    expect(screen.getByLabelText('Username')).toHaveValue('jdoe');
    // The form takes the focus in an effect after it mounts; on a loaded machine that can come
    // a moment after the heading is found.
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Not a sign-in: nothing is remembered yet.
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBeNull();
    // Only the login page's own check, which finds nobody signed in.
    expect(api.callsTo('GET /api/me')).toHaveLength(1);

    // The message is not kept in history: coming back to the page does not bring it again.
    await act(() => router.navigate('/elsewhere'));
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('totp_enrollment_required: straight on to the activation, pending (no /api/me)', async () => {
    const { user, router, api } = await openResetPage({
      routes: {
        [RESET]: { body: { status: 'password_changed', next: 'totp_enrollment_required' } },
        'POST /api/auth/totp/enrollment': { body: createTotpEnrollment() },
      },
    });
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/two-factor/setup');
    expect(router.state.location.state).toEqual({
      pending: { tenantDomain: 'acme-123456.tenant', username: 'jdoe' },
      passwordSaved: 'changed',
    });
    const qrCode = await screen.findByRole('img', { name: 'QR code' });
    expect(qrCode).toBeVisible();
    expect(api.callsTo('GET /api/me')).toHaveLength(0);
    // Figure 2 → 3: the password step is confirmed before the QR code; the heading has the focus.
    const confirmation = screen.getByText(
      'Your password was changed. One more step: set up two-factor authentication.',
    );
    expect(confirmation).toHaveAttribute('role', 'status');
    expect(confirmation.compareDocumentPosition(qrCode)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
    ).toHaveFocus();
  });

  it('a new account: "Set your password", then "Your password is set" before the QR code', async () => {
    const { user, router } = await openResetPage({
      routes: {
        [VERIFY]: { body: createResetTokenInfo({ newAccount: true }) },
        [RESET]: { body: { status: 'password_changed', next: 'totp_enrollment_required' } },
        'POST /api/auth/totp/enrollment': { body: createTotpEnrollment() },
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set your password' }),
    ).toBeVisible();
    expect(screen.queryByText('Change password')).not.toBeInTheDocument();
    expect(screen.getByText('Choose a password for your new account:')).toBeVisible();
    expect(document.title).toBe('Set your password – Unified Security Portal');
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Set password' }));

    await screen.findByRole('img', { name: 'QR code' });
    expect(router.state.location.state).toMatchObject({ passwordSaved: 'set' });
    expect(
      screen.getByText('Your password is set. One more step: set up two-factor authentication.'),
    ).toHaveAttribute('role', 'status');
  });

  it('a new account in German says "festlegen", not "ändern"', async () => {
    await i18next.changeLanguage('de');
    await openResetPage({
      routes: { [VERIFY]: { body: createResetTokenInfo({ newAccount: true }) } },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Passwort festlegen' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Passwort festlegen' })).toBeEnabled();
  });
});

describe('reset links that do not work', () => {
  it('invalid_token: one message, and "Send a new link" opens the forgot dialog', async () => {
    localStorage.setItem(STORAGE_KEYS.lastTenantDomain, 'beta-42.tenant');
    const { user, router } = await openResetPage({
      routes: { [VERIFY]: apiErrorReply(400, ERROR_CODES.INVALID_TOKEN) },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(INVALID_LINK);
    expect(alert).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Link no longer valid');
    expect(screen.getAllByText(/This link is no longer valid/)).toHaveLength(1);
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
    expect(router.state.location.hash).toBe('');

    await user.click(screen.getByRole('button', { name: 'Send a new link' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset your password' });
    expect(router.state.location.pathname).toBe('/login');
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveValue('beta-42.tenant');
    expect(within(dialog).getByLabelText('Username')).toHaveFocus();
  });

  it('a link without a token says the same, without asking the API', async () => {
    const { api } = await openResetPage({ hash: '' });
    expect(screen.getByRole('alert')).toHaveTextContent(INVALID_LINK);
    expect(api.calls).toHaveLength(0);
  });

  it('a token that was used meanwhile: the message, then a new link for this account', async () => {
    const { user, router } = await openResetPage({
      routes: { [RESET]: apiErrorReply(400, ERROR_CODES.INVALID_TOKEN) },
    });
    await typeNewPassword(user, GOOD_PASSWORD);

    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(INVALID_LINK);
    await user.click(screen.getByRole('button', { name: 'Send a new link' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reset your password' });
    expect(router.state.location.pathname).toBe('/tenant/acme-123456.tenant/login');
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
    expect(within(dialog).getByLabelText('Username')).toHaveValue('jdoe');

    // Cancelled: the login form is there, with the same account.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Username')).toHaveValue('jdoe');
    expect(screen.getByRole('button', { name: 'Password forgotten?' })).toHaveFocus();
  });

  it('offers to try again when the link cannot be checked', async () => {
    const { user, api } = await openResetPage({
      routes: { [VERIFY]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE) },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The link could not be checked. The service is temporarily unavailable.',
    );
    api.set(VERIFY, { body: createResetTokenInfo() });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('New password')).toBeVisible();
    expect(api.callsTo(VERIFY)).toHaveLength(2);
  });
});

describe('reset page in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = await openResetPage();
    await user.selectOptions(screen.getByRole('combobox'), language);
    await screen.findByLabelText(i18next.t('common.newPassword.label'));
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
