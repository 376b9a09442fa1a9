import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply, createMe, createTotpEnrollment } from '@/testing/data-generators';
import { type MockReply, type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const DISABLE = 'POST /api/account/two-factor/disable';
const SECURITY = '/account/security';
const REQUIRED_NOTE =
  'Your organisation requires two-factor authentication for your account, so it cannot be disabled.';
const ENABLED = createMe({ twoFactor: { enabled: true } });

const RECOVERY = 'GET /api/account/recovery-codes';
const NEW_CODES = 'POST /api/account/recovery-codes';
const PASSWORD = 'POST /api/account/password';
const REAUTH = 'POST /api/account/reauthenticate';
const STEP_UP_NEEDED = apiErrorReply(403, ERROR_CODES.REAUTHENTICATION_REQUIRED);
const CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-${String(i).padStart(4, '0')}`);

async function openSecurity(me = ENABLED, routes: Record<string, MockRoute> = {}) {
  const api = mockApi({
    [ME]: { body: me },
    [DISABLE]: { status: 204 },
    [RECOVERY]: { body: { remaining: 7 } },
    ...routes,
  });
  const view = renderApp(null, { route: SECURITY });
  await screen.findByRole('heading', { level: 1, name: 'Account security' });
  return { ...view, api };
}

/** Answers the first call with "confirm it's you first", the next ones with `then`. */
function stepUpFirst(then: MockReply): MockRoute {
  let calls = 0;
  return () => (++calls === 1 ? STEP_UP_NEEDED : then);
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

  it('asks "Confirm it\'s you" before the activation when the proof is old, then goes on', async () => {
    const { user, api } = await openSecurity(createMe(), {
      'POST /api/auth/totp/enrollment': stepUpFirst({ body: createTotpEnrollment() }),
      [REAUTH]: { status: 204 },
    });
    await user.click(screen.getByRole('button', { name: 'Enable two-factor authentication' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    expect(within(dialog).queryByLabelText('Authentication code')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(api.callsTo(REAUTH)).toEqual([
      { method: 'POST', path: '/api/account/reauthenticate', body: { password: 'secret' } },
    ]);
    expect(api.callsTo('POST /api/auth/totp/enrollment')).toHaveLength(2);
  });

  it('disables 2FA in a session that proved itself recently, then shows it off', async () => {
    const { user, api } = await openSecurity();
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toHaveTextContent(
      'StatusEnabled',
    );
    api.set(ME, { body: createMe() });

    await user.click(screen.getByRole('button', { name: 'Disable' }));

    expect(await screen.findByText('Two-factor authentication has been disabled.')).toBeVisible();
    expect(api.callsTo(DISABLE)).toEqual([
      { method: 'POST', path: '/api/account/two-factor/disable', body: undefined },
    ]);
    expect(screen.getByRole('button', { name: 'Enable two-factor authentication' })).toBeVisible();
    expect(api.callsTo(REAUTH)).toHaveLength(0);
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
  });

  it('asks for the password and a code first when the proof is old, and finishes by itself', async () => {
    const { user, api } = await openSecurity(ENABLED, {
      [DISABLE]: stepUpFirst({ status: 204 }),
      [REAUTH]: { status: 204 },
    });
    api.set(ME, { body: createMe() });
    await user.click(screen.getByRole('button', { name: 'Disable' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    expect(within(dialog).getByLabelText('Password')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.type(within(dialog).getByLabelText('Authentication code'), '123 456');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Two-factor authentication has been disabled.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo(REAUTH)[0]?.body).toEqual({ password: 'secret', code: '123456' });
    expect(api.callsTo(DISABLE)).toHaveLength(2);
  });

  it('confirms by itself once the password is there and the sixth digit of the code is typed', async () => {
    const { user, api } = await openSecurity(ENABLED, {
      [DISABLE]: stepUpFirst({ status: 204 }),
      [REAUTH]: { status: 204 },
    });
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.type(within(dialog).getByLabelText('Authentication code'), '12345');
    expect(api.callsTo(REAUTH)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Authentication code'), '6');
    expect(await screen.findByText('Two-factor authentication has been disabled.')).toBeVisible();
    expect(api.callsTo(REAUTH)[0]?.body).toEqual({ password: 'secret', code: '123456' });
  });

  it('keeps the dialog open on a wrong password, and changes nothing when cancelled', async () => {
    const { user, api } = await openSecurity(ENABLED, {
      [DISABLE]: STEP_UP_NEEDED,
      [REAUTH]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS),
    });
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(within(dialog).getByLabelText('Password'), 'wrong');
    await user.type(within(dialog).getByLabelText('Authentication code'), '123456');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The password is incorrect.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was changed: this change needs you to confirm it’s you.',
    );
    expect(api.callsTo(DISABLE)).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toHaveTextContent(
      'StatusEnabled',
    );
  });

  it('409 two_factor_required: says the organisation requires it', async () => {
    const { user } = await openSecurity(ENABLED, {
      [DISABLE]: apiErrorReply(409, ERROR_CODES.TWO_FACTOR_REQUIRED),
    });
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(REQUIRED_NOTE);
  });

  it('shows the note instead of the button when the organisation requires 2FA', async () => {
    await openSecurity(createMe({ twoFactor: { enabled: true, required: true } }));

    expect(screen.getByText(REQUIRED_NOTE)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
  });
});

describe('Account → Security → Password', () => {
  async function fill(user: ReturnType<typeof renderApp>['user'], current: string, next: string) {
    const section = screen.getByRole('region', { name: 'Password' });
    if (current) await user.type(within(section).getByLabelText('Current password'), current);
    await user.type(within(section).getByLabelText('New password'), next);
    await user.type(within(section).getByLabelText('Confirm password'), next);
    await user.click(within(section).getByRole('button', { name: 'Change password' }));
    return section;
  }

  it('changes the password and says the other sessions ended', async () => {
    const { user, api } = await openSecurity(createMe(), { [PASSWORD]: { status: 204 } });
    const section = await fill(user, 'old secret', 'a brand new passphrase');

    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Your password was changed. Your other sessions have ended.',
    );
    expect(api.callsTo(PASSWORD)[0]?.body).toEqual({
      currentPassword: 'old secret',
      newPassword: 'a brand new passphrase',
    });
    expect(within(section).getByLabelText('Current password')).toHaveValue('');
  });

  it('checks the fields before sending: current password, the rules, the confirmation', async () => {
    const { user, api } = await openSecurity(createMe(), { [PASSWORD]: { status: 204 } });
    const section = await fill(user, '', 'a brand new passphrase');
    expect(within(section).getByLabelText('Current password')).toHaveFocus();
    expect(within(section).getByLabelText('Current password')).toHaveAccessibleDescription(
      'Enter your current password.',
    );

    await user.type(within(section).getByLabelText('Current password'), 'old secret');
    await user.clear(within(section).getByLabelText('New password'));
    await user.type(
      within(section).getByLabelText('New password'),
      `${createMe().user.username} is me, forever`,
    );
    await user.click(within(section).getByRole('button', { name: 'Change password' }));
    expect(within(section).getByLabelText('New password')).toHaveFocus();
    expect(section).toHaveTextContent('The password must not contain your username.');
    expect(api.callsTo(PASSWORD)).toHaveLength(0);
  });

  it('says when the current password is wrong, and when the server refuses the new one', async () => {
    const { user, api } = await openSecurity(createMe(), {
      [PASSWORD]: apiErrorReply(401, ERROR_CODES.INVALID_CREDENTIALS),
    });
    const section = await fill(user, 'not it', 'a brand new passphrase');
    const current = within(section).getByLabelText('Current password');
    await waitFor(() =>
      expect(current).toHaveAccessibleDescription('The current password is incorrect.'),
    );
    expect(current).toHaveFocus();

    api.set(PASSWORD, apiErrorReply(422, ERROR_CODES.WEAK_PASSWORD, { reason: 'common' }));
    await user.type(current, 'old secret');
    await user.click(within(section).getByRole('button', { name: 'Change password' }));
    expect(
      await within(section).findByText(
        'This password is on a list of common or breached passwords. Choose a different password.',
      ),
    ).toBeVisible();
    expect(within(section).getByLabelText('New password')).toHaveValue('');
  });

  it('is not offered to an account of the reseller portal', async () => {
    await openSecurity(createMe({ session: { authMethod: 'reseller_portal' } }));
    expect(screen.queryByRole('region', { name: 'Password' })).not.toBeInTheDocument();
  });
});

describe('Account → Security → Recovery codes', () => {
  it('says how many are left and shows a new set once, after the proof', async () => {
    const { user, api } = await openSecurity(ENABLED, {
      [NEW_CODES]: stepUpFirst({ body: { recoveryCodes: CODES } }),
      [REAUTH]: { status: 204 },
    });
    const section = screen.getByRole('region', { name: 'Recovery codes' });
    expect(await within(section).findByText('7 recovery codes are left.')).toBeVisible();

    api.set(RECOVERY, { body: { remaining: 10 } });
    await user.click(within(section).getByRole('button', { name: 'New recovery codes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(within(dialog).getByLabelText('Password'), 'secret');
    await user.type(within(dialog).getByLabelText('Authentication code'), 'wxyz-1234-abcd');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const list = await within(section).findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(section).toHaveTextContent('The old ones no longer work.');
    expect(api.callsTo(REAUTH)[0]?.body).toEqual({ password: 'secret', code: 'wxyz-1234-abcd' });

    await user.click(within(section).getByRole('button', { name: 'Done' }));
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
    expect(await within(section).findByText('10 recovery codes are left.')).toBeVisible();
  });

  it('is not shown without 2FA', async () => {
    await openSecurity(createMe());
    expect(screen.queryByRole('region', { name: 'Recovery codes' })).not.toBeInTheDocument();
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
    expect(screen.queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Two-factor authentication' }),
    ).not.toBeInTheDocument();
  });
});

describe('Account → Language', () => {
  const LANGUAGE = 'PUT /api/account/language';

  it('saves the language of the e-mails and switches the portal to it', async () => {
    const { user, api } = await openSecurity(createMe(), { [LANGUAGE]: { status: 204 } });
    const section = screen.getByRole('region', { name: 'Language' });
    expect(within(section).getByLabelText('Language for e-mails')).toHaveValue('en');
    await user.selectOptions(within(section).getByLabelText('Language for e-mails'), 'de');
    await user.click(within(section).getByRole('button', { name: 'Save language' }));

    expect(
      await within(section).findByText(
        'Gespeichert. Ihre E-Mails werden in dieser Sprache verfasst.',
      ),
    ).toBeVisible();
    expect(api.callsTo(LANGUAGE)[0]?.body).toEqual({ language: 'de' });
    expect(i18next.resolvedLanguage).toBe('de');
  });

  it('shows the language the account has', async () => {
    await openSecurity(createMe({ user: { language: 'fr' } }));
    const section = screen.getByRole('region', { name: 'Language' });
    expect(within(section).getByLabelText('Language for e-mails')).toHaveValue('fr');
  });
});

/** The header's language switcher (the page has the e-mail language too). */
const uiLanguageSwitcher = () =>
  screen.getByRole('combobox', { name: i18next.t('common.language') });

describe('Account → Security in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const inGrace = createMe({
      twoFactor: { required: true, enabled: false, graceUntil: '2026-03-31T12:00:00Z' },
    });
    const { user } = await openSecurity(inGrace);
    await user.selectOptions(uiLanguageSwitcher(), language);
    expect(
      screen.getByRole('button', { name: i18next.t('portal.twoFactorBanner.enable') }),
    ).toBeVisible();
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });

  it.each(['en', 'de', 'fr'])('%s: with 2FA on, too', async (language) => {
    const { user } = await openSecurity();
    await user.selectOptions(uiLanguageSwitcher(), language);
    expect(
      screen.getByRole('button', { name: i18next.t('account.twoFactor.disable') }),
    ).toBeVisible();
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
