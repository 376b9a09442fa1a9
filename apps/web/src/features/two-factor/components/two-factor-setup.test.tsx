import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEYS, STORAGE_KEYS } from '@/config/constants';
import { expectDistinctButtonNames } from '@/testing/button-names';
import {
  apiErrorReply,
  createMe,
  createRecoveryCodes,
  createTotpEnrollment,
} from '@/testing/data-generators';
import { type MockRoutes, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ENROLL = 'POST /api/auth/totp/enrollment';
const CONFIRM = 'POST /api/auth/totp/enrollment/confirm';
const ME = 'GET /api/me';
const SETUP = '/two-factor/setup';
const PENDING = { pending: { tenantDomain: 'acme-123456.tenant', username: 'jdoe' } };
const ENROLLMENT = createTotpEnrollment({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' });
const RECOVERY_CODES = createRecoveryCodes();

type Options = { routes?: MockRoutes; state?: unknown; strictMode?: boolean };

/** The activation page during a sign-in (pending): no session, so no /api/me. */
async function openSetup({ routes = {}, state = PENDING, strictMode }: Options = {}) {
  const api = mockApi({
    [ENROLL]: { body: ENROLLMENT },
    [CONFIRM]: { body: { status: 'authenticated', recoveryCodes: RECOVERY_CODES } },
    ...routes,
  });
  const view = renderApp(null, { route: SETUP, state, strictMode });
  return { ...view, api };
}

async function activate(user: ReturnType<typeof renderApp>['user'], code = '123456') {
  // Six digits send themselves; a shorter code waits for "Activate".
  await user.type(await screen.findByLabelText('Authentication code'), code);
  if (code.replace(/\s/g, '').length !== 6) {
    await user.click(screen.getByRole('button', { name: 'Activate' }));
  }
}

/** After renderApp: user-event puts its own clipboard on navigator when it is set up. */
function stubClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  return writeText;
}

describe('two-factor activation', () => {
  it('shows the QR code, the secret in groups of four and the code field', async () => {
    const { api } = await openSetup();

    expect(
      screen.getByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Enable two-factor authentication – Unified Security Portal');
    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    const secret = screen.getByRole('figure', { name: 'Secret key' });
    expect(within(secret).getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP').tagName).toBe('CODE');
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByRole('button', { name: 'Activate' })).toBeEnabled();
    expect(api.callsTo(ENROLL)).toHaveLength(1);
    // During a sign-in there is no session yet: asking for it would end on the login page.
    expect(api.callsTo(ME)).toHaveLength(0);
  });

  it('encodes the otpauth URI in the QR code', async () => {
    await openSetup();
    const qr = await screen.findByRole('img', { name: 'QR code' });
    // A QR code of an otpauth URI of this length is version 5 or more: at least 37 modules + margin.
    expect(qr.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
    expect(Number(qr.getAttribute('viewBox')?.split(' ')[2])).toBeGreaterThanOrEqual(45);
  });

  it('asks for a secret only once, even in StrictMode (a second one would void the QR code)', async () => {
    const { api } = await openSetup({ strictMode: true });

    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(api.callsTo(ENROLL)).toHaveLength(1);
  });

  it('says plainly when a reload brought another secret than the one shown before', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEYS.shownEnrollment, 'an-earlier-secret');
    await openSetup();
    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This QR code is new: the one shown before no longer works.',
    );
  });

  it('says nothing when a reload brought the secret shown before', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEYS.shownEnrollment, ENROLLMENT.enrollmentId);
    await openSetup();
    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('confirms the first code, then shows the ten recovery codes once', async () => {
    const { user, api } = await openSetup();

    await activate(user, '123 456');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Save your recovery codes' }),
    ).toBeVisible();
    expect(api.callsTo(CONFIRM)).toEqual([
      { method: 'POST', path: '/api/auth/totp/enrollment/confirm', body: { code: '123456' } },
    ]);
    const list = screen.getByRole('list', { name: 'Recovery codes' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(RECOVERY_CODES);
    expect(screen.getByText(/Each code works only once/)).toBeVisible();
    expect(screen.queryByRole('img', { name: 'QR code' })).not.toBeInTheDocument();
    expect(screen.getByText(/Two-factor authentication is now enabled/)).toHaveFocus();
  });

  it('copies and downloads the recovery codes', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:codes');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { user } = await openSetup();
    const writeText = stubClipboard();
    await activate(user);

    await user.click(await screen.findByRole('button', { name: 'Copy codes' }));
    expect(writeText).toHaveBeenCalledWith(RECOVERY_CODES.join('\n'));
    expect(await screen.findByText('Copied')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(downloads).toEqual(['recovery-codes.txt blob:codes']);
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (!(blob instanceof Blob)) throw new Error('expected a Blob');
    const text = await blob.text();
    expect(text).toContain('Tenant domain: acme-123456.tenant');
    expect(text).toContain('Username: jdoe');
    expect(text).toMatch(/Created: \w+ \d{1,2}, \d{4}/);
    for (const code of RECOVERY_CODES) expect(text).toContain(`\n${code}\n`);
  });

  it('"Continue to the portal" opens the portal with the session the confirmation started', async () => {
    const { user, api, router } = await openSetup({ routes: { [ME]: { body: createMe() } } });
    await activate(user);

    await user.click(await screen.findByRole('button', { name: 'Continue to the portal' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(api.callsTo(ME)).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEYS.lastTenantDomain)).toBe('acme-123456.tenant');
  });

  it('invalid_code: says to check the phone time, empties and focuses the field', async () => {
    const { user } = await openSetup({ routes: { [CONFIRM]: apiErrorReply(401, 'invalid_code') } });

    await activate(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The code is not valid. Check the time on your phone and try the current code.',
    );
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(alert.textContent ?? '');
    // The same secret stays: no new enrollment.
    expect(screen.getByRole('img', { name: 'QR code' })).toBeVisible();
  });

  it('login_expired on confirming: back to the login of the tenant, with the reason', async () => {
    const { user, router } = await openSetup({
      routes: { [CONFIRM]: apiErrorReply(401, ERROR_CODES.LOGIN_EXPIRED) },
    });

    await activate(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/tenant/acme-123456.tenant/login');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your sign-in has expired or too many wrong codes were entered. Please sign in again.',
    );
    expect(screen.getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
  });

  it('login_expired when the page opens: back to the login with the reason', async () => {
    const { router } = await openSetup({
      routes: { [ENROLL]: apiErrorReply(401, ERROR_CODES.LOGIN_EXPIRED) },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your sign-in has expired or too many wrong codes were entered.',
    );
    expect(router.state.location.pathname).toBe('/tenant/acme-123456.tenant/login');
  });

  it('no pending sign-in at all (cookie gone): back to the login with the reason', async () => {
    const { router } = await openSetup({
      routes: { [ENROLL]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED) },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your sign-in has expired or too many wrong codes were entered.',
    );
    expect(router.state.location.pathname).toBe('/tenant/acme-123456.tenant/login');
  });

  it('offers to try again when the secret cannot be prepared', async () => {
    const { user, api } = await openSetup({
      routes: { [ENROLL]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE) },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Two-factor authentication could not be prepared.',
    );
    api.set(ENROLL, { body: ENROLLMENT });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(api.callsTo(ENROLL)).toHaveLength(2);
  });

  it('copies the secret without the spaces, and says so', async () => {
    const { user } = await openSetup();
    const writeText = stubClipboard();

    await user.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(writeText).toHaveBeenCalledWith('JBSWY3DPEHPK3PXPJBSWY3DP');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied');
  });

  it('asks to copy by hand where the clipboard is not available, without failing', async () => {
    const { user } = await openSetup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);

    await user.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Copying did not work here. Select the text and copy it yourself.',
    );
  });

  it('explains the three steps in a dialog that returns focus when closed', async () => {
    const { user } = await openSetup();
    const info = screen.getByRole('button', { name: 'How does this work?' });

    await user.click(info);

    const dialog = screen.getByRole('dialog', { name: 'How two-factor authentication works' });
    const steps = within(dialog).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent(/Google Authenticator.*Microsoft Authenticator.*Aegis/);
    expect(steps[0]).toHaveTextContent('RFC 6238');
    expect(steps[1]).toHaveTextContent(/scan the QR code/);
    expect(steps[2]).toHaveTextContent(/6-digit code/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(info).toHaveFocus();
  });

  it('leads back to the login page when cancelled during a sign-in', async () => {
    await openSetup();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute(
      'href',
      '/tenant/acme-123456.tenant/login',
    );
  });
});

describe('two-factor activation with a session', () => {
  it('loads the account, activates and returns to the portal with fresh data', async () => {
    const { user, api, router } = await openSetup({
      state: { from: '/account/security' },
      routes: { [ME]: { body: createMe() } },
    });

    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute(
      'href',
      '/account/security',
    );
    api.set(ME, { body: createMe({ twoFactor: { enabled: true } }) });
    await activate(user);
    await user.click(await screen.findByRole('button', { name: 'Continue to the portal' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Jane Doe' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
    expect(api.callsTo(ENROLL)).toHaveLength(1);
  });

  it('says so, and asks for no new secret, when 2FA is already enabled', async () => {
    const { api } = await openSetup({
      state: null,
      routes: { [ME]: { body: createMe({ twoFactor: { enabled: true } }) } },
    });

    expect(
      await screen.findByText('Two-factor authentication is already enabled for your account.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the portal' })).toHaveAttribute(
      'href',
      '/account/security',
    );
    expect(api.callsTo(ENROLL)).toHaveLength(0);
  });

  it('goes to the login page without a session', async () => {
    const { router } = await openSetup({
      state: null,
      routes: {
        [ME]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED),
        [ENROLL]: apiErrorReply(401, ERROR_CODES.UNAUTHENTICATED),
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
  });
});

describe('two-factor activation in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = await openSetup();
    await user.selectOptions(screen.getByRole('combobox'), language);
    await screen.findByRole('img', { name: i18next.t('twoFactor.setup.qrCode') });
    expectDistinctButtonNames(screen.getAllByRole('button'));

    // The sixth digit sends the code.
    await user.type(screen.getByLabelText(i18next.t('common.totpCode.label')), '123456');
    await screen.findByRole('heading', { name: i18next.t('twoFactor.recoveryCodes.heading') });
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
