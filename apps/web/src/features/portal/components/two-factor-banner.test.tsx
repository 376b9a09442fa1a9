import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMe, createTotpEnrollment } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const GRACE_UNTIL = '2026-03-31T12:00:00.000Z';
const IN_GRACE = { required: true, enabled: false, graceUntil: GRACE_UNTIL };

describe('two-factor banner in the portal', () => {
  it('says from when 2FA is required and leads to the activation', async () => {
    const api = mockApi({
      [ME]: { body: createMe({ twoFactor: IN_GRACE }) },
      'POST /api/auth/totp/enrollment': { body: createTotpEnrollment() },
    });
    const { user, router } = renderApp();

    const banner = await screen.findByRole('region', { name: 'Security notice' });
    expect(banner).toHaveTextContent(
      'Two-factor authentication is required for your account from March 31, 2026. Enable it now to keep access.',
    );
    // Information, not an error.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(banner);

    await user.click(within(banner).getByRole('button', { name: 'Enable 2FA' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enable two-factor authentication' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/two-factor/setup');
    expect(await screen.findByRole('img', { name: 'QR code' })).toBeVisible();
    expect(api.callsTo('POST /api/auth/totp/enrollment')).toHaveLength(1);
  });

  it('writes the date as the current language does', async () => {
    mockApi({ [ME]: { body: createMe({ twoFactor: IN_GRACE }) } });
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Security notice' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(screen.getByRole('region', { name: 'Sicherheitshinweis' })).toHaveTextContent(
      'ab dem 31. März 2026 erforderlich',
    );
    expect(screen.getByRole('button', { name: '2FA aktivieren' })).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'fr');
    expect(screen.getByRole('region', { name: 'Avis de sécurité' })).toHaveTextContent(
      'à partir du 31 mars 2026',
    );
  });

  it.each([
    ['2FA is already enabled', { ...IN_GRACE, enabled: true }],
    ['2FA is not required', { ...IN_GRACE, required: false }],
    ['there is no grace period', { ...IN_GRACE, graceUntil: null }],
  ])('is not shown when %s', async (_, twoFactor) => {
    mockApi({ [ME]: { body: createMe({ twoFactor }) } });
    renderApp();

    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });
    expect(screen.queryByRole('region', { name: 'Security notice' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enable 2FA' })).not.toBeInTheDocument();
  });

  it('is not shown to a reseller-portal sign-in: the portal enforces 2FA', async () => {
    mockApi({
      [ME]: {
        body: createMe({ twoFactor: IN_GRACE, session: { authMethod: 'reseller_portal' } }),
      },
    });
    renderApp();

    await screen.findByRole('heading', { name: 'Welcome, Jane Doe' });
    expect(screen.queryByRole('region', { name: 'Security notice' })).not.toBeInTheDocument();
  });
});
