import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply, createMe, createTotpEnrollment } from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const DISABLE = 'POST /api/account/two-factor/disable';
const SECURITY = '/account/security';
const REQUIRED_NOTE =
  'Your organisation requires two-factor authentication for your account, so it cannot be disabled.';
const ENABLED = createMe({ twoFactor: { enabled: true } });

async function openSecurity(me = ENABLED, disable: MockRoute = { status: 204 }) {
  const api = mockApi({ [ME]: { body: me }, [DISABLE]: disable });
  const view = renderApp(null, { route: SECURITY });
  await screen.findByRole('heading', { level: 1, name: 'Account security' });
  return { ...view, api };
}

async function submitDisable(
  user: ReturnType<typeof renderApp>['user'],
  { password = 'secret', code = '123 456' } = {},
) {
  const form = screen.getByRole('form', { name: 'Disable two-factor authentication' });
  if (password) await user.type(within(form).getByLabelText('Password'), password);
  if (code) await user.type(within(form).getByLabelText('Authentication code'), code);
  await user.click(within(form).getByRole('button', { name: 'Disable' }));
  return form;
}

describe('Account → Security', () => {
  it('is in the menu and shows the two-factor status', async () => {
    mockApi({ [ME]: { body: createMe() } });
    const { user, router } = renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Account' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
    expect(router.state.location.pathname).toBe(SECURITY);
    expect(within(nav).getByRole('link', { name: 'Account' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe('Account security – Unified Security Portal');
    const section = screen.getByRole('region', { name: 'Two-factor authentication' });
    expect(section).toHaveTextContent('StatusNot enabled');
  });

  it('is not in the menu without account.manage', async () => {
    mockApi({ [ME]: { body: createMe({ permissions: ['portal.access'] }) } });
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Account' })).not.toBeInTheDocument();
  });

  it('leads to the activation when 2FA is off, and back', async () => {
    mockApi({
      [ME]: { body: createMe() },
      'POST /api/auth/totp/enrollment': { body: createTotpEnrollment() },
    });
    const { user, router } = renderApp(null, { route: SECURITY });

    await user.click(
      await screen.findByRole('button', { name: 'Enable two-factor authentication' }),
    );

    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/two-factor/setup');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Account security' })).toBeVisible();
  });

  it('disables 2FA with the password and a code, then shows it off', async () => {
    const { user, api } = await openSecurity();
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toHaveTextContent(
      'StatusEnabled',
    );
    api.set(ME, { body: createMe() });

    await submitDisable(user);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Two-factor authentication has been disabled.',
    );
    expect(api.callsTo(DISABLE)).toEqual([
      {
        method: 'POST',
        path: '/api/account/two-factor/disable',
        body: { password: 'secret', code: '123456' },
      },
    ]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enable two-factor authentication' })).toBeVisible();
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
  });

  it('checks both fields before sending', async () => {
    const { user, api } = await openSecurity();

    const form = await submitDisable(user, { password: '', code: '12' });

    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password.',
    );
    expect(within(form).getByLabelText('Password')).toHaveFocus();
    expect(within(form).getByLabelText('Authentication code')).toHaveAccessibleDescription(
      'Enter the 6-digit code from your authenticator app.',
    );
    expect(api.callsTo(DISABLE)).toHaveLength(0);
  });

  it('409 two_factor_required: says the organisation requires it', async () => {
    const { user } = await openSecurity(
      ENABLED,
      apiErrorReply(409, ERROR_CODES.TWO_FACTOR_REQUIRED),
    );

    await submitDisable(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(REQUIRED_NOTE);
  });

  it('invalid_credentials: says the password is wrong and empties it', async () => {
    const { user } = await openSecurity(
      ENABLED,
      apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS),
    );

    const form = await submitDisable(user);

    expect(await within(form).findByRole('alert')).toHaveTextContent('The password is incorrect.');
    const password = within(form).getByLabelText('Password');
    expect(password).toHaveValue('');
    expect(password).toHaveFocus();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('The password is incorrect.');
    // Still on the page: a wrong password here does not end the session.
    expect(screen.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
  });

  it('invalid_code: says the code is wrong, empties and focuses it', async () => {
    const { user } = await openSecurity(ENABLED, apiErrorReply(401, ERROR_CODES.INVALID_CODE));

    const form = await submitDisable(user);

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The code is not valid. Enter the current code from your authenticator app.',
    );
    const code = within(form).getByLabelText('Authentication code');
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Password')).toHaveValue('secret');
  });

  it('shows the note instead of the form when the organisation requires 2FA', async () => {
    await openSecurity(createMe({ twoFactor: { enabled: true, required: true } }));

    expect(screen.getByText(REQUIRED_NOTE)).toBeVisible();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
  });
});

describe('Account → Security after signing in through the reseller portal', () => {
  it('says that password and 2FA are managed there, and offers none of ours', async () => {
    const linked = createMe({
      twoFactor: { required: true, enabled: false },
      session: { authMethod: 'reseller_portal' },
    });
    await openSecurity(linked);

    expect(screen.getByRole('main')).toHaveTextContent(
      'You sign in through the reseller portal. Your password and two-factor authentication are managed there.',
    );
    expect(
      screen.queryByRole('button', { name: 'Enable two-factor authentication' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Enable two-factor authentication' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Disable two-factor authentication' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Two-factor authentication' }),
    ).not.toBeInTheDocument();
  });
});

describe('Account → Security in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const inGrace = createMe({
      twoFactor: { required: true, enabled: false, graceUntil: '2026-03-31T12:00:00Z' },
    });
    const { user } = await openSecurity(inGrace);
    await user.selectOptions(screen.getByRole('combobox'), language);
    expect(
      screen.getByRole('button', { name: i18next.t('portal.twoFactorBanner.enable') }),
    ).toBeVisible();
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });

  it.each(['en', 'de', 'fr'])('%s: with 2FA on, too', async (language) => {
    const { user } = await openSecurity();
    await user.selectOptions(screen.getByRole('combobox'), language);
    expect(
      screen.getByRole('button', { name: i18next.t('account.twoFactor.disable') }),
    ).toBeVisible();
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
