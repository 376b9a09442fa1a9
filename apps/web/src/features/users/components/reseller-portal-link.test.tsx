import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import {
  apiErrorReply,
  createAuthOptions,
  createMe,
  createUserList,
  createUserListItem,
} from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const USERS = 'GET /api/users';
const OPTIONS = 'GET /api/auth/options';
const ADMIN = createMe({ user: { id: 'user-admin', username: 'admin', roles: ['admin'] } });

const JDOE = createUserListItem({ username: 'jdoe', twoFactorEnabled: true });
const PARTNER = createUserListItem({
  username: 'rsp.partner',
  roles: ['admin'],
  linkedToResellerPortal: true,
  twoFactorEnabled: true,
});
const NO_MAIL = createUserListItem({
  username: 'rsp.nomail',
  email: null,
  linkedToResellerPortal: true,
});
const SELF = createUserListItem({ id: 'user-admin', username: 'admin', roles: ['admin'] });

const LINK = `PUT /api/users/${JDOE.id}/rsp-link`;
const UNLINK = `DELETE /api/users/${PARTNER.id}/rsp-link`;
const ALREADY_LINKED = 'This reseller-portal account is already linked to another user.';

async function openUsers({
  portal = true,
  me = ADMIN,
  routes = {},
}: {
  portal?: boolean;
  me?: typeof ADMIN;
  routes?: Record<string, MockRoute>;
} = {}) {
  const api = mockApi({
    [ME]: { body: me },
    [OPTIONS]: { body: createAuthOptions({ resellerPortal: portal }) },
    [USERS]: { body: createUserList([JDOE, PARTNER, NO_MAIL, SELF]) },
    ...routes,
  });
  const view = renderApp(null, { route: '/users' });
  await screen.findByRole('table', { name: 'Users' });
  await waitFor(() => expect(api.callsTo(OPTIONS)).toHaveLength(1));
  return { ...view, api };
}

function optionsOf(username: string) {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${username}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${username}`);
  // In the language shown: some tests switch it.
  return within(row).getByRole('button', { name: i18next.t('users.options.button') });
}

async function menuOf(user: ReturnType<typeof renderApp>['user'], username: string) {
  await user.click(optionsOf(username));
  const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
  await user.keyboard('{Escape}');
  return items;
}

async function choose(
  user: ReturnType<typeof renderApp>['user'],
  username: string,
  action: string,
) {
  await user.click(optionsOf(username));
  await user.click(screen.getByRole('menuitem', { name: action }));
  return screen.getByRole('dialog', { name: action });
}

describe('User options of the reseller portal', () => {
  it('offer no password or 2FA reset for linked accounts, but "Unlink from reseller portal"', async () => {
    const { user } = await openUsers();

    const items = await menuOf(user, 'rsp.partner');
    expect(items).toEqual([
      'Edit user',
      'Unlink from reseller portal',
      'Deactivate user',
      'Delete user',
    ]);
    expect(items).not.toContain('Reset password');
    expect(items).not.toContain('Reset 2FA');
  });

  it('offer "Link to reseller portal" for other accounts, not for the own one', async () => {
    const { user } = await openUsers();

    expect(await menuOf(user, 'jdoe')).toEqual([
      'Edit user',
      'Reset password',
      'Reset 2FA',
      'Link to reseller portal',
      'Deactivate user',
      'Delete user',
    ]);
    expect(await menuOf(user, 'admin')).not.toContain('Link to reseller portal');
  });

  it('offer no linking without a configured reseller portal, but still unlinking', async () => {
    const { user } = await openUsers({ portal: false });

    expect(await menuOf(user, 'jdoe')).not.toContain('Link to reseller portal');
    expect(await menuOf(user, 'rsp.partner')).toContain('Unlink from reseller portal');
  });

  it('are not there without users.manage', async () => {
    const readOnly = createMe({ permissions: ['portal.access', 'users.read'] });
    await openUsers({ me: readOnly });

    expect(screen.queryByRole('button', { name: 'User options' })).not.toBeInTheDocument();
  });
});

describe('Link to reseller portal', () => {
  it('asks for the subject, sends it trimmed, says so and reloads the list', async () => {
    const { user, api } = await openUsers({
      routes: { [LINK]: { body: { ...JDOE, linkedToResellerPortal: true } } },
    });
    const options = optionsOf('jdoe');

    const dialog = await choose(user, 'jdoe', 'Link to reseller portal');
    expect(dialog).toHaveAccessibleDescription(
      'jdoe will sign in through the reseller portal from now on. Their password and two-factor authentication here are removed, and their open sessions end.',
    );
    const subject = within(dialog).getByRole('textbox', {
      name: 'Account ID at the reseller portal',
    });
    expect(subject).toHaveAccessibleDescription(
      "The ID of this person's account at the reseller portal, as the reseller portal shows it.",
    );
    expect(subject).toHaveFocus();

    await user.type(subject, '  248289761001  ');
    await user.click(within(dialog).getByRole('button', { name: 'Link account' }));

    expect(await screen.findByText('jdoe is now linked to the reseller portal.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(options).toHaveFocus();
    expect(api.callsTo(LINK)).toEqual([
      {
        method: 'PUT',
        path: `/api/users/${JDOE.id}/rsp-link`,
        body: { subject: '248289761001' },
      },
    ]);
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('asks for a subject before sending', async () => {
    const { user, api } = await openUsers();
    const dialog = await choose(user, 'jdoe', 'Link to reseller portal');

    await user.type(within(dialog).getByLabelText('Account ID at the reseller portal'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Link account' }));

    const subject = within(dialog).getByLabelText('Account ID at the reseller portal');
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(subject).toHaveAccessibleDescription(
      expect.stringContaining("Enter the account's ID at the reseller portal."),
    );
    expect(subject).toHaveFocus();
    expect(api.callsTo(LINK)).toHaveLength(0);
  });

  it('409: says the portal account is linked to another user, on the field', async () => {
    const { user } = await openUsers({
      routes: {
        [LINK]: apiErrorReply(409, ERROR_CODES.SUBJECT_TAKEN, { field: 'subject' }),
      },
    });
    const dialog = await choose(user, 'jdoe', 'Link to reseller portal');
    const subject = within(dialog).getByLabelText('Account ID at the reseller portal');

    await user.type(subject, 'taken-subject');
    await user.click(within(dialog).getByRole('button', { name: 'Link account' }));

    await waitFor(() => expect(subject).toHaveAttribute('aria-invalid', 'true'));
    expect(subject).toHaveAccessibleDescription(expect.stringContaining(ALREADY_LINKED));
    expect(within(dialog).getByText(ALREADY_LINKED)).toBeVisible();
    expect(subject).toHaveFocus();
    expect(subject).toHaveValue('taken-subject');
    expect(screen.queryByText(/is now linked/)).not.toBeInTheDocument();
  });

  it('409 in German and French, translated', async () => {
    const { user } = await openUsers({
      routes: { [LINK]: apiErrorReply(409, ERROR_CODES.SUBJECT_TAKEN) },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await user.click(optionsOf('jdoe'));
    await user.click(screen.getByRole('menuitem', { name: 'Mit Reseller-Portal verknüpfen' }));
    const dialog = screen.getByRole('dialog', { name: 'Mit Reseller-Portal verknüpfen' });

    await user.type(within(dialog).getByLabelText('Konto-ID im Reseller-Portal'), 'taken');
    await user.click(within(dialog).getByRole('button', { name: 'Konto verknüpfen' }));

    expect(
      await within(dialog).findByText(
        'Dieses Konto im Reseller-Portal ist bereits mit einem anderen Benutzer verknüpft.',
      ),
    ).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'fr');
    expect(
      within(dialog).getByText(
        'Ce compte du portail revendeur est déjà associé à un autre utilisateur.',
      ),
    ).toBeVisible();
  });

  it('shows other refusals in an alert inside the dialog', async () => {
    const { user } = await openUsers({
      routes: { [LINK]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE) },
    });
    const dialog = await choose(user, 'jdoe', 'Link to reseller portal');

    await user.type(within(dialog).getByLabelText('Account ID at the reseller portal'), 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Link account' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable. Please try again shortly.',
    );
  });
});

describe('Unlink from reseller portal', () => {
  it('explains the e-mail to set a password, unlinks, says so and reloads the list', async () => {
    const { user, api } = await openUsers({
      routes: { [UNLINK]: { body: { ...PARTNER, linkedToResellerPortal: false } } },
    });

    const dialog = await choose(user, 'rsp.partner', 'Unlink from reseller portal');
    expect(dialog).toHaveAccessibleDescription(
      'rsp.partner will no longer sign in through the reseller portal. They will receive an e-mail with a link to set a password, and can sign in here once they have set it.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));

    expect(
      await screen.findByText(
        'rsp.partner was unlinked from the reseller portal. An e-mail to set a password was sent.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(api.callsTo(UNLINK)).toEqual([
      { method: 'DELETE', path: `/api/users/${PARTNER.id}/rsp-link`, body: undefined },
    ]);
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('409 for an account without an e-mail address: says to add one first', async () => {
    const { user } = await openUsers({
      routes: {
        [`DELETE /api/users/${NO_MAIL.id}/rsp-link`]: apiErrorReply(409, ERROR_CODES.NO_EMAIL),
      },
    });
    const dialog = await choose(user, 'rsp.nomail', 'Unlink from reseller portal');

    await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This account has no e-mail address for the link to set a password. Add one with “Edit user” first.',
    );
  });

  it('Cancel sends nothing', async () => {
    const { user, api } = await openUsers();
    const dialog = await choose(user, 'rsp.partner', 'Unlink from reseller portal');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'DELETE')).toHaveLength(0);
  });
});

describe('Reseller-portal options in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = await openUsers();
    await user.selectOptions(screen.getByRole('combobox'), language);

    for (const [username, action] of [
      ['jdoe', 'linkResellerPortal'],
      ['rsp.partner', 'unlinkResellerPortal'],
    ] as const) {
      await user.click(optionsOf(username));
      expectDistinctButtonNames(screen.getAllByRole('menuitem'));
      await user.click(
        screen.getByRole('menuitem', { name: i18next.t(`users.options.${action}`) }),
      );
      const dialog = screen.getByRole('dialog');
      expectDistinctButtonNames(within(dialog).getAllByRole('button'));
      await user.click(within(dialog).getByRole('button', { name: i18next.t('users.cancel') }));
    }
  });
});
