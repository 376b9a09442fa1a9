import { ERROR_CODES } from '@portal/shared';
import { screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import { apiErrorReply } from '@/testing/data-generators';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const FORGOT = 'POST /api/auth/password/forgot';
const SENT =
  'If an account with these details exists, we have sent an e-mail with a link to reset the password. The link is valid for 30 minutes.';

async function openDialog(route = '/tenant/acme-123456.tenant/login', username = '') {
  const view = renderApp(null, { route });
  if (username) await view.user.type(screen.getByLabelText('Username'), username);
  const trigger = screen.getByRole('button', { name: 'Password forgotten?' });
  await view.user.click(trigger);
  const dialog = screen.getByRole('dialog', { name: 'Reset your password' });
  return { ...view, trigger, dialog };
}

describe('"Password forgotten?" dialog', () => {
  it('opens a modal form pre-filled from the login form, the form behind it inert', async () => {
    const { dialog, trigger } = await openDialog('/tenant/acme-123456.tenant/login', 'jdoe');

    expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    expect(dialog).toHaveAccessibleDescription(
      'Enter your tenant domain and username. We will send you an e-mail with a link to choose a new password.',
    );
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveValue('acme-123456.tenant');
    expect(within(dialog).getByLabelText('Username')).toHaveValue('jdoe');
    expect(within(dialog).getByLabelText('Username')).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Send reset link' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    // Its own buttons only: no extra "Close" next to "Cancel".
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    expect(trigger.closest('form')).toHaveAttribute('inert');
  });

  it('starts at the tenant domain when the login form has none', async () => {
    const { dialog } = await openDialog('/login');
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveValue('');
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveFocus();
  });

  it('sends trimmed values and confirms without telling whether the account exists', async () => {
    const api = mockApi({ [FORGOT]: { status: 202, body: { status: 'accepted' } } });
    const { user, dialog, trigger } = await openDialog('/login');

    await user.type(within(dialog).getByLabelText('Tenant domain'), '  acme-123456.tenant ');
    await user.type(within(dialog).getByLabelText('Username'), ' jdoe\t');
    await user.click(within(dialog).getByRole('button', { name: 'Send reset link' }));

    const confirmation = await within(dialog).findByText(SENT);
    expect(confirmation).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(SENT);
    expect(api.callsTo(FORGOT)).toEqual([
      {
        method: 'POST',
        path: '/api/auth/password/forgot',
        body: { tenantDomain: 'acme-123456.tenant', username: 'jdoe' },
      },
    ]);
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger.closest('form')).not.toHaveAttribute('inert');
  });

  it('checks required fields before sending and focuses the first one missing', async () => {
    const api = mockApi();
    const { user, dialog } = await openDialog('/login');

    await user.type(within(dialog).getByLabelText('Tenant domain'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Send reset link' }));

    const tenantDomain = within(dialog).getByLabelText('Tenant domain');
    expect(tenantDomain).toHaveAttribute('aria-invalid', 'true');
    expect(tenantDomain).toHaveAccessibleDescription(
      expect.stringContaining('Enter your tenant domain.'),
    );
    expect(within(dialog).getByLabelText('Username')).toHaveAccessibleDescription(
      'Enter your username.',
    );
    expect(tenantDomain).toHaveFocus();
    expect(api.callsTo(FORGOT)).toHaveLength(0);
  });

  it('keeps the focus inside, closes on Escape and returns the focus to the link', async () => {
    const { user, dialog, trigger } = await openDialog('/tenant/acme-123456.tenant/login', 'jdoe');
    const send = within(dialog).getByRole('button', { name: 'Send reset link' });

    await user.tab();
    await user.tab();
    expect(send).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByLabelText('Tenant domain')).toHaveFocus();
    await user.tab({ shift: true });
    expect(send).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('closes with Cancel, sending nothing', async () => {
    const api = mockApi();
    const { user, dialog, trigger } = await openDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(api.callsTo(FORGOT)).toHaveLength(0);
  });

  it('says how long to wait after too many requests, and waits', async () => {
    mockApi({
      [FORGOT]: apiErrorReply(429, ERROR_CODES.TOO_MANY_ATTEMPTS, { retryAfterSeconds: 30 }),
    });
    const { user, dialog } = await openDialog('/tenant/acme-123456.tenant/login', 'jdoe');

    await user.click(within(dialog).getByRole('button', { name: 'Send reset link' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Too many requests\. Try again in (30|29) seconds\.$/,
    );
    expect(within(dialog).getByRole('button', { name: 'Send reset link' })).toBeDisabled();
  });

  it('explains an unreachable service in an alert the fields point to', async () => {
    mockApi({ [FORGOT]: 'network-error' });
    const { user, dialog } = await openDialog('/tenant/acme-123456.tenant/login', 'jdoe');

    await user.click(within(dialog).getByRole('button', { name: 'Send reset link' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The service is temporarily unavailable. Please try again shortly.',
    );
    expect(within(dialog).getByLabelText('Username')).toHaveAccessibleDescription(
      alert.textContent ?? '',
    );
  });

  it('marks the field the server rejected', async () => {
    mockApi({ [FORGOT]: apiErrorReply(400, ERROR_CODES.VALIDATION_ERROR, { field: 'username' }) });
    const { user, dialog } = await openDialog('/tenant/acme-123456.tenant/login', 'jdoe');

    await user.click(within(dialog).getByRole('button', { name: 'Send reset link' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Check the username.');
    expect(within(dialog).getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Username')).toHaveFocus();
  });
});

describe('"Password forgotten?" dialog in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = renderApp(null, { route: '/tenant/acme-123456.tenant/login' });
    await user.selectOptions(screen.getByRole('combobox'), language);
    await user.click(screen.getByRole('button', { name: i18next.t('login.passwordForgotten') }));

    const dialog = screen.getByRole('dialog', {
      name: i18next.t('login.passwordForgottenDialog.title'),
    });
    expectDistinctButtonNames(screen.getAllByRole('button'));
    expectDistinctButtonNames(within(dialog).getAllByRole('button'));
  });
});
