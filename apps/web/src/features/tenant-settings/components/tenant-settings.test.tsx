import { ERROR_CODES, type TenantSettings } from '@portal/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply, createMe } from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const ME = 'GET /api/me';
const SETTINGS = 'GET /api/tenant/settings';
const SAVE = 'PUT /api/tenant/settings';
const ADMIN = createMe({ user: { roles: ['admin'] } });

beforeAll(() => {
  // Until the section is part of the locale files, the tests bring it themselves.
  for (const [language, text] of Object.entries({ en, de, fr })) {
    i18next.addResourceBundle(language, 'translation', { tenantSettings: text }, true, true);
  }
});

function createSettings(overrides: Partial<TenantSettings> = {}): TenantSettings {
  return {
    domain: 'acme-123456.tenant',
    name: 'Acme Corporation',
    twoFactorRequiredFor: 'admins',
    twoFactorGraceUntil: null,
    usersLackingTwoFactor: 2,
    usersRequiringTwoFactor: 5,
    ...overrides,
  };
}

async function openSettings(
  settings = createSettings(),
  { me = ADMIN, routes = {} }: { me?: typeof ADMIN; routes?: Record<string, MockRoute> } = {},
) {
  const api = mockApi({ [ME]: { body: me }, [SETTINGS]: { body: settings }, ...routes });
  const view = renderApp(null, { route: '/settings' });
  await screen.findByRole('form', { name: 'Two-factor authentication' });
  return { ...view, api };
}

const graceField = () => screen.getByLabelText('Grace period until (optional)');
const saveButton = () => screen.getByRole('button', { name: 'Save settings' });

describe('Tenant settings', () => {
  it('shows the policy, the grace deadline and how many users lack 2FA', async () => {
    await openSettings(createSettings({ twoFactorGraceUntil: '2099-04-30T16:00:00.000Z' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Tenant settings' })).toBeVisible();
    expect(document.title).toBe('Tenant settings – Unified Security Portal');
    expect(
      screen.getByText(
        'Security rules for everyone who signs in to Acme Corporation (acme-123456.tenant).',
      ),
    ).toBeVisible();
    const group = screen.getByRole('group', { name: 'Two-factor authentication required for' });
    expect(within(group).getByRole('radio', { name: 'Administrators' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'All users' })).not.toBeChecked();
    const deadline = new Date('2099-04-30T16:00:00.000Z');
    expect(graceField()).toHaveValue(
      `2099-04-30T${String(deadline.getHours()).padStart(2, '0')}:${String(deadline.getMinutes()).padStart(2, '0')}`,
    );
    expect(
      screen.getByText('2 of 5 users who must use 2FA have not activated it yet.'),
    ).toBeVisible();
  });

  it('says so when every required user has 2FA, and uses the singular for one', async () => {
    await openSettings(createSettings({ usersLackingTwoFactor: 0, usersRequiringTwoFactor: 3 }));
    expect(screen.getByText('All users who must use 2FA have activated it.')).toBeVisible();
  });

  it('counts one user in the singular', async () => {
    await openSettings(createSettings({ usersLackingTwoFactor: 1, usersRequiringTwoFactor: 4 }));
    expect(
      screen.getByText('1 of 4 users who must use 2FA has not activated it yet.'),
    ).toBeVisible();
  });

  it('saves the policy and a grace deadline, says so and shows the new counts', async () => {
    const { user, api } = await openSettings(undefined, {
      routes: {
        [SAVE]: (call) => ({
          body: createSettings({
            ...(call.body as Partial<TenantSettings>),
            usersLackingTwoFactor: 7,
            usersRequiringTwoFactor: 12,
          }),
        }),
      },
    });

    await user.click(screen.getByRole('radio', { name: 'All users' }));
    await user.type(graceField(), '2099-05-01T09:30');
    await user.click(saveButton());

    expect(await screen.findByRole('status')).toHaveTextContent('The settings were saved.');
    expect(api.callsTo(SAVE)).toEqual([
      {
        method: 'PUT',
        path: '/api/tenant/settings',
        body: {
          twoFactorRequiredFor: 'all',
          twoFactorGraceUntil: new Date(2099, 4, 1, 9, 30).toISOString(),
        },
      },
    ]);
    expect(
      screen.getByText('7 of 12 users who must use 2FA have not activated it yet.'),
    ).toBeVisible();
    expect(screen.getByRole('radio', { name: 'All users' })).toBeChecked();
    // The banner depends on the policy: /api/me is asked again.
    await waitFor(() => expect(api.callsTo(ME)).toHaveLength(2));
  });

  it('shows the API’s refusal of the deadline at its field', async () => {
    const { user } = await openSettings(undefined, {
      routes: {
        [SAVE]: apiErrorReply(400, ERROR_CODES.VALIDATION_ERROR, {
          field: 'twoFactorGraceUntil',
        }),
      },
    });

    await user.type(graceField(), '2099-05-01T09:30');
    await user.click(saveButton());

    const message = 'The grace period must end in the future. Choose a later date or clear it.';
    await waitFor(() =>
      expect(graceField()).toHaveAccessibleDescription(expect.stringContaining(message)),
    );
    expect(graceField()).toHaveAttribute('aria-invalid', 'true');
    expect(graceField()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('checks a past deadline before sending', async () => {
    const { user, api } = await openSettings();

    await user.type(graceField(), '2020-01-01T00:00');
    await user.click(saveButton());

    expect(graceField()).toHaveAccessibleDescription(
      expect.stringContaining('The grace period must end in the future.'),
    );
    expect(api.callsTo(SAVE)).toHaveLength(0);
  });

  it('clears the deadline: saves none', async () => {
    const { user, api } = await openSettings(
      createSettings({ twoFactorGraceUntil: '2099-04-30T16:00:00.000Z' }),
      { routes: { [SAVE]: { body: createSettings() } } },
    );

    await user.click(screen.getByRole('button', { name: 'Clear date' }));
    expect(graceField()).toHaveValue('');
    expect(graceField()).toHaveFocus();
    await user.click(saveButton());

    await screen.findByText('The settings were saved.');
    expect(api.callsTo(SAVE)[0]?.body).toEqual({
      twoFactorRequiredFor: 'admins',
      twoFactorGraceUntil: null,
    });
  });

  it('starts empty when the grace period is over, and says when it ended', async () => {
    await openSettings(createSettings({ twoFactorGraceUntil: '2020-03-31T12:00:00.000Z' }));
    expect(graceField()).toHaveValue('');
    expect(screen.getByText(/^The last grace period ended on /)).toBeVisible();
  });

  it('shows other failures above the button', async () => {
    const { user } = await openSettings(undefined, {
      routes: { [SAVE]: apiErrorReply(403, ERROR_CODES.FORBIDDEN) },
    });
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are not allowed to change these settings.',
    );
  });

  it('offers to try again when the settings cannot be loaded', async () => {
    const api = mockApi({
      [ME]: { body: ADMIN },
      [SETTINGS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    const { user } = renderApp(null, { route: '/settings' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The tenant settings could not be loaded.',
    );
    api.set(SETTINGS, { body: createSettings() });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('form', { name: 'Two-factor authentication' })).toBeVisible();
  });

  it('leads home without tenant.settings.manage, without asking for the settings', async () => {
    const api = mockApi({ [ME]: { body: createMe({ user: { roles: ['user'] } }) } });
    const { router } = renderApp(null, { route: '/settings' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.callsTo(SETTINGS)).toHaveLength(0);
  });

  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    await openSettings();
    await act(() => i18next.changeLanguage(language));
    await screen.findByRole('button', { name: i18next.t('tenantSettings.save') });
    expectDistinctButtonNames(screen.getAllByRole('button'));
  });
});
