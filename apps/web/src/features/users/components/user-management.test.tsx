import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { expectDistinctButtonNames } from '@/testing/button-names';
import {
  apiErrorReply,
  createMe,
  createUserList,
  createUserListItem,
} from '@/testing/data-generators';
import { type MockRoute, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const ME = 'GET /api/me';
const USERS = 'GET /api/users';
const ADMIN = createMe({ user: { roles: ['admin'] } });
const LAST_LOGIN = '2026-03-31T12:05:00Z';

const JDOE = createUserListItem({
  username: 'jdoe',
  roles: ['admin'],
  twoFactorEnabled: true,
  twoFactorMethods: ['totp'],
  lastLoginAt: LAST_LOGIN,
});
const MILTON = createUserListItem({
  id: 'user-milton',
  username: 'milton',
  displayName: 'Milton Waddams',
  email: null,
  roles: [],
});
const RSP = createUserListItem({
  username: 'reseller.tech',
  displayName: 'Reseller Tech',
  linkedToResellerPortal: true,
  twoFactorEnabled: true,
});

const PASSWORD_RESET = `POST /api/users/${MILTON.id}/password-reset`;
const TWO_FACTOR_RESET = `POST /api/users/${JDOE.id}/two-factor/reset`;

async function openUsers(
  items = [JDOE, MILTON, RSP],
  { me = ADMIN, routes = {} }: { me?: typeof ADMIN; routes?: Record<string, MockRoute> } = {},
) {
  const api = mockApi({
    [ME]: { body: me },
    [USERS]: { body: createUserList(items, 120) },
    ...routes,
  });
  const view = renderApp(null, { route: '/users' });
  await screen.findByRole('table', { name: 'Users' });
  return { ...view, api };
}

function rowOf(username: string) {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${username}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${username}`);
  return row;
}

describe('Users → menu', () => {
  it('is in the menu with users.read and opens User management', async () => {
    mockApi({ [ME]: { body: ADMIN }, [USERS]: { body: createUserList([JDOE]) } });
    const { user, router } = renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Users' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'User management' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/users');
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe('Users – Unified Security Portal');
  });

  it('is not in the menu without users.read, and /users leads home', async () => {
    const api = mockApi({ [ME]: { body: createMe({ user: { roles: ['user'] } }) } });
    const { router } = renderApp(null, { route: '/users' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.callsTo(USERS)).toHaveLength(0);
  });
});

describe('User management', () => {
  it('lists the users with roles, 2FA, last sign-in and the RSP label', async () => {
    const { api } = await openUsers();

    expect(api.callsTo(USERS)).toEqual([
      { method: 'GET', path: '/api/users', body: undefined, query: { limit: '50' } },
    ]);
    const table = screen.getByRole('table', { name: 'Users' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Username', 'Name', 'E-mail', 'Roles', 'Two-factor', 'Last sign-in', 'Options']);
    expect(screen.getByRole('navigation', { name: 'User pages' })).toHaveTextContent('1–3 of 120');

    const lastLogin = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(LAST_LOGIN));
    const cells = (username: string) =>
      within(rowOf(username))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('jdoe')).toEqual([
      'Jane Doe',
      'jdoe@example.com',
      'Administrator',
      'Authenticator app',
      lastLogin,
      expect.any(String),
    ]);
    expect(cells('milton')).toEqual([
      'Milton Waddams',
      '–No e-mail address',
      '–No roles',
      'Not enabled',
      'Never',
      expect.any(String),
    ]);

    // Its 2FA is the reseller portal's business: not "Not enabled".
    expect(cells('reseller.tech')).toContain('Managed by the reseller portal');
    const rsp = screen.getByRole('rowheader', { name: /^reseller\.tech/ });
    expect(rsp).toHaveAccessibleName('reseller.tech RSP (Linked to the reseller portal)');
    expect(within(rsp).getByText('RSP')).toHaveAttribute('title', 'Linked to the reseller portal');
    expect(screen.getByRole('rowheader', { name: 'jdoe' })).not.toHaveTextContent('RSP');
  });

  it('searches by what is typed, once typing pauses', async () => {
    const { user, api } = await openUsers();
    api.set(USERS, (call) => ({
      body: createUserList(call.query?.search ? [MILTON] : [JDOE, MILTON, RSP]),
    }));

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), ' milt ');

    await waitFor(() => expect(screen.getByText('1–1 of 1')).toBeVisible());
    expect(api.callsTo(USERS).map((call) => call.query)).toEqual([
      { limit: '50' },
      { search: 'milt', limit: '50' },
    ]);
    expect(screen.getAllByRole('row')).toHaveLength(2);
  });

  it('says when nothing matches', async () => {
    mockApi({ [ME]: { body: ADMIN }, [USERS]: { body: createUserList([]) } });
    renderApp(null, { route: '/users' });
    expect(await screen.findByText('No users found.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers each user only the options that apply', async () => {
    const { user } = await openUsers();

    await user.click(within(rowOf('jdoe')).getByRole('button', { name: 'User options' }));
    expect(
      within(screen.getByRole('menu', { name: 'User options' }))
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Edit user', 'Reset password', 'Reset 2FA', 'Deactivate user', 'Delete user']);
    await user.keyboard('{Escape}');

    await user.click(within(rowOf('milton')).getByRole('button', { name: 'User options' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Edit user',
      'Reset password',
      'Deactivate user',
      'Delete user',
    ]);
    await user.keyboard('{Escape}');

    // Linked to the reseller portal: its password and 2FA live there.
    await user.click(within(rowOf('reseller.tech')).getByRole('button', { name: 'User options' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Edit user',
      'Unlink from reseller portal',
      'Deactivate user',
      'Delete user',
    ]);
  });

  it('works the menu by keyboard and describes its button with the row', async () => {
    const { user } = await openUsers();
    const options = within(rowOf('jdoe')).getByRole('button', { name: 'User options' });
    expect(options).toHaveAccessibleDescription('jdoe');
    expect(options).toHaveAttribute('aria-haspopup', 'menu');
    expect(options).toHaveAttribute('aria-expanded', 'false');

    options.focus();
    await user.keyboard('{Enter}');
    const items = screen.getAllByRole('menuitem');
    expect(options).toHaveAttribute('aria-expanded', 'true');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[4]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[4]).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(options).toHaveFocus();
    expect(options).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard(' ');
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('Reset password: confirms, sends the mail, says so and reloads the list', async () => {
    const { user, api } = await openUsers(undefined, {
      routes: { [PASSWORD_RESET]: { status: 202, body: { status: 'accepted' } } },
    });
    const options = within(rowOf('milton')).getByRole('button', { name: 'User options' });

    await user.click(options);
    await user.click(screen.getByRole('menuitem', { name: 'Reset password' }));

    const dialog = screen.getByRole('dialog', { name: 'Reset password' });
    expect(dialog).toHaveAccessibleDescription(
      'milton will receive an e-mail with a link to set a new password.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Send e-mail' }));

    expect(await screen.findByText('A password reset e-mail was sent to milton.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(options).toHaveFocus();
    expect(api.callsTo(PASSWORD_RESET)).toEqual([
      { method: 'POST', path: `/api/users/${MILTON.id}/password-reset`, body: undefined },
    ]);
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('Reset password: says why the server refused (409) inside the dialog, by its code', async () => {
    const refusal =
      'This account has no e-mail address for the link. Add one with “Edit user” first.';
    const { user } = await openUsers(undefined, {
      routes: {
        [PASSWORD_RESET]: apiErrorReply(409, ERROR_CODES.NO_EMAIL, { message: 'server text' }),
      },
    });

    await user.click(within(rowOf('milton')).getByRole('button', { name: 'User options' }));
    await user.click(screen.getByRole('menuitem', { name: 'Reset password' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset password' });
    await user.click(within(dialog).getByRole('button', { name: 'Send e-mail' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(refusal);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByText(/was sent to/)).not.toBeInTheDocument();
  });

  it('Reset 2FA: by keyboard, confirms and says so', async () => {
    const { user, api } = await openUsers(undefined, {
      routes: { [TWO_FACTOR_RESET]: { status: 204 } },
    });
    const options = within(rowOf('jdoe')).getByRole('button', { name: 'User options' });

    options.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete user' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Reset 2FA' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = screen.getByRole('dialog', { name: 'Reset two-factor authentication' });
    expect(dialog).toHaveAccessibleDescription(
      'jdoe will have to set up two-factor authentication again at the next sign-in.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reset 2FA' }));

    expect(
      await screen.findByText('Two-factor authentication was reset for jdoe.'),
    ).toHaveAttribute('role', 'status');
    expect(api.callsTo(TWO_FACTOR_RESET)).toHaveLength(1);
    expect(options).toHaveFocus();
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('Cancel closes the dialog without a request', async () => {
    const { user, api } = await openUsers();
    const options = within(rowOf('jdoe')).getByRole('button', { name: 'User options' });

    await user.click(options);
    await user.click(screen.getByRole('menuitem', { name: 'Reset 2FA' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(options).toHaveFocus();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('shows no User options without users.manage', async () => {
    const readOnly = createMe({ permissions: ['portal.access', 'users.read'] });
    await openUsers(undefined, { me: readOnly });

    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'User options' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create user' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Options' })).not.toBeInTheDocument();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const api = mockApi({
      [ME]: { body: ADMIN },
      [USERS]: apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    });
    const { user } = renderApp(null, { route: '/users' });

    expect(await screen.findByRole('alert')).toHaveTextContent('The users could not be loaded.');
    api.set(USERS, { body: createUserList([JDOE]) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Users' })).toBeVisible();
  });
});

describe('User management in every language', () => {
  it.each(['en', 'de', 'fr'])('%s: no button name is part of another one', async (language) => {
    const { user } = await openUsers([JDOE]);
    await user.selectOptions(screen.getByRole('combobox'), language);
    expectDistinctButtonNames(screen.getAllByRole('button'));

    for (const action of [
      'edit',
      'resetPassword',
      'resetTwoFactor',
      'deactivate',
      'delete',
    ] as const) {
      await user.click(screen.getByRole('button', { name: i18next.t('users.options.button') }));
      expectDistinctButtonNames(screen.getAllByRole('menuitem'));
      await user.click(
        screen.getByRole('menuitem', { name: i18next.t(`users.options.${action}`) }),
      );
      const dialog = screen.getByRole('dialog');
      expectDistinctButtonNames(within(dialog).getAllByRole('button'));
      await user.click(within(dialog).getByRole('button', { name: i18next.t('users.cancel') }));
    }

    await user.click(screen.getByRole('button', { name: i18next.t('users.create.button') }));
    expectDistinctButtonNames(within(screen.getByRole('dialog')).getAllByRole('button'));
  });
});
