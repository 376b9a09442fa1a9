import { ERROR_CODES } from '@portal/shared';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorReply, createMe } from '@/testing/data-generators';
import { type MockReply, type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** The browser's WebAuthn, answering navigator.credentials.get as `answer` does. */
function browserAuthenticator(answer: () => Promise<unknown>) {
  // Its presence is what @simplewebauthn/browser takes for WebAuthn support.
  vi.stubGlobal('PublicKeyCredential', class {});
  const get = vi.fn(answer);
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
  return get;
}

const usedPasskey = async () => ({
  id: 'Y3JlZC0x',
  rawId: bytes('cred-1'),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: {
    clientDataJSON: bytes('cdj'),
    authenticatorData: bytes('ad'),
    signature: bytes('sig'),
    userHandle: null,
  },
  getClientExtensionResults: () => ({}),
});

const DISABLE = 'POST /api/account/two-factor/disable';
const PASSKEY_OPTIONS = 'POST /api/account/reauthenticate/passkey/options';
const PASSKEY_REAUTH = 'POST /api/account/reauthenticate/passkey';
const PASSWORD_REAUTH = 'POST /api/account/reauthenticate';
const PASSKEY = {
  id: '7d1c3a52-3a8e-4d55-9d0e-2f0a4b3c1e11',
  name: 'Laptop',
  deviceType: 'multiDevice',
  backedUp: true,
  createdAt: '2026-01-02T03:04:05.000Z',
  lastUsedAt: null,
} as const;

function stepUpFirst(then: MockReply): MockRoute {
  let calls = 0;
  return () => (++calls === 1 ? apiErrorReply(403, ERROR_CODES.REAUTHENTICATION_REQUIRED) : then);
}

async function disableWithStepUp(passkeys: (typeof PASSKEY)[], authenticatorApp = true) {
  const api = mockApi({
    'GET /api/me': { body: createMe({ twoFactor: { enabled: true, authenticatorApp } }) },
    'GET /api/account/recovery-codes': { body: { remaining: 0 } },
    'GET /api/account/passkeys': { body: { passkeys } },
    [DISABLE]: stepUpFirst({ status: 204 }),
    [PASSKEY_OPTIONS]: { body: { options: { challenge: 'c2FtcGxl', allowCredentials: [] } } },
    [PASSKEY_REAUTH]: { status: 204 },
  });
  const view = renderApp(null, { route: '/account/security' });
  await view.user.click(await screen.findByRole('button', { name: 'Disable' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
  return { ...view, api, dialog };
}

describe('"Confirm it\'s you" with a passkey', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'credentials');
  });

  it('offers the passkey to an account that has one, and confirms with it alone', async () => {
    browserAuthenticator(usedPasskey);
    const { user, api, dialog } = await disableWithStepUp([PASSKEY]);

    await user.click(await within(dialog).findByRole('button', { name: 'Use your passkey' }));

    expect(await screen.findByText('Two-factor authentication has been disabled.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.callsTo(PASSKEY_REAUTH)[0]?.body).toEqual({
      credential: {
        id: 'Y3JlZC0x',
        rawId: 'Y3JlZC0x',
        type: 'public-key',
        authenticatorAttachment: 'platform',
        response: { clientDataJSON: 'Y2Rq', authenticatorData: 'YWQ', signature: 'c2ln' },
      },
    });
    expect(api.callsTo(PASSWORD_REAUTH)).toHaveLength(0);
    expect(api.callsTo(DISABLE)).toHaveLength(2);
  });

  it('keeps the dialog open when no passkey was used', async () => {
    browserAuthenticator(async () => {
      throw new DOMException('The user cancelled.', 'NotAllowedError');
    });
    const { user, api, dialog } = await disableWithStepUp([PASSKEY]);

    await user.click(await within(dialog).findByRole('button', { name: 'Use your passkey' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('No passkey was used.');
    expect(api.callsTo(PASSKEY_REAUTH)).toHaveLength(0);
    expect(api.callsTo(DISABLE)).toHaveLength(1);
  });

  it('says so when the browser refuses passkeys at this address (no retry helps)', async () => {
    browserAuthenticator(async () => {
      throw new DOMException('This is an invalid domain.', 'SecurityError');
    });
    const { user, dialog } = await disableWithStepUp([PASSKEY]);

    await user.click(await within(dialog).findByRole('button', { name: 'Use your passkey' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Passkeys cannot be used at this address of the portal.',
    );
  });

  it('asks an account whose only second factor is a passkey for the passkey alone', async () => {
    browserAuthenticator(usedPasskey);
    const { user, api, dialog } = await disableWithStepUp([PASSKEY], false);

    expect(within(dialog).getByText('This change needs your passkey once more.')).toBeVisible();
    await within(dialog).findByRole('button', { name: 'Use your passkey' });
    // No password and authenticator-app code it could never complete.
    expect(within(dialog).queryByLabelText('Password')).toBeNull();
    expect(within(dialog).queryByLabelText(/code/i)).toBeNull();
    expect(within(dialog).queryByText(/password/i)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Use your passkey' }));
    expect(await screen.findByText('Two-factor authentication has been disabled.')).toBeVisible();
    expect(api.callsTo(PASSWORD_REAUTH)).toHaveLength(0);
  });

  it('offers no passkey to an account without one', async () => {
    const { dialog } = await disableWithStepUp([]);
    expect(within(dialog).getByLabelText('Password')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Use your passkey' })).toBeNull();
  });
});
