import { ERROR_CODES } from '@portal/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
const ADMIN = createMe({ user: { id: 'id-jdoe', username: 'jdoe', roles: ['admin'] } });

const JDOE = createUserListItem({ username: 'jdoe', roles: ['admin'] });
/** Another administrator: the own row (jdoe) offers no Deactivate or Delete. */
const ALICE = createUserListItem({ username: 'alice', roles: ['admin'] });
const BOB = createUserListItem({ username: 'bob', displayName: 'Bob Porter', roles: ['user'] });
const GONE = createUserListItem({ username: 'gone', status: 'deactivated' });
const RSP = createUserListItem({ username: 'reseller.tech', linkedToResellerPortal: true });

const userPath = (id: string) => `/api/users/${id}`;

async function openUsers(routes: Record<string, MockRoute> = {}, me = ADMIN) {
  const api = mockApi({
    [ME]: { body: me },
    [USERS]: { body: createUserList([JDOE, ALICE, BOB, GONE, RSP]) },
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

async function chooseOption(
  user: ReturnType<typeof renderApp>['user'],
  username: string,
  option: string,
) {
  await user.click(within(rowOf(username)).getByRole('button', { name: 'User options' }));
  await user.click(screen.getByRole('menuitem', { name: option }));
}

describe('Deactivated users', () => {
  it('carry a "Deactivated" badge and are offered "Activate user"', async () => {
    const { user } = await openUsers();

    expect(screen.getByRole('rowheader', { name: 'gone Deactivated' })).toBeInTheDocument();
    expect(within(rowOf('bob')).queryByText('Deactivated')).not.toBeInTheDocument();
    await user.click(within(rowOf('gone')).getByRole('button', { name: 'User options' }));
    expect(screen.getByRole('menuitem', { name: 'Activate user' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Deactivate user' })).not.toBeInTheDocument();
  });
});

describe('User options menu', () => {
  it('offers no Deactivate or Delete on the own row, but on another administrator’s', async () => {
    const { user } = await openUsers();
    const menuItems = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

    await user.click(within(rowOf('jdoe')).getByRole('button', { name: 'User options' }));
    expect(menuItems()).toEqual(['Edit user', 'Reset password']);
    await user.keyboard('{Escape}');
    await user.click(within(rowOf('alice')).getByRole('button', { name: 'User options' }));
    expect(menuItems()).toEqual(['Edit user', 'Reset password', 'Deactivate user', 'Delete user']);
  });

  // Found in e2e: a scroll the page made by itself closed the menu as it opened.
  it('follows its button when something scrolls, and closes once the button is out of view', async () => {
    const { user } = await openUsers();
    const button = within(rowOf('bob')).getByRole('button', { name: 'User options' });
    const rect = vi.spyOn(button, 'getBoundingClientRect');
    rect.mockReturnValue(new DOMRect(600, 300, 32, 24));
    await user.click(button);
    fireEvent.scroll(window);
    expect(screen.getByRole('menuitem', { name: 'Edit user' })).toBeInTheDocument();

    rect.mockReturnValue(new DOMRect(600, -200, 32, 24));
    fireEvent.scroll(window);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });
});

describe('Edit user', () => {
  it('shows the user as it is and sends only what changed', async () => {
    const PATCH = `PATCH ${userPath(BOB.id)}`;
    const { user, api } = await openUsers({
      [PATCH]: { body: { ...BOB, username: 'bob.porter', roles: ['admin'] } },
    });

    await chooseOption(user, 'bob', 'Edit user');
    const dialog = screen.getByRole('dialog', { name: 'Edit user' });
    expect(dialog).toHaveAccessibleDescription('Change the details and the role of bob.');
    expect(within(dialog).getByLabelText('Username')).toHaveValue('bob');
    expect(within(dialog).getByLabelText('Display name (optional)')).toHaveValue('Bob Porter');
    expect(within(dialog).getByLabelText('E-mail')).toHaveValue('bob@example.com');
    expect(within(dialog).getByRole('combobox', { name: 'Role' })).toHaveValue('user');

    await user.clear(within(dialog).getByLabelText('Username'));
    await user.type(within(dialog).getByLabelText('Username'), 'bob.porter');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Role' }), 'admin');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('The changes to bob.porter were saved.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(api.callsTo(PATCH).map((call) => call.body)).toEqual([
      { username: 'bob.porter', role: 'admin' },
    ]);
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('closes without a request when nothing changed', async () => {
    const { user, api } = await openUsers();
    await chooseOption(user, 'bob', 'Edit user');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);
  });

  it('explains, translated, why an administrator cannot demote themselves (own_account)', async () => {
    const { user } = await openUsers({
      [`PATCH ${userPath(JDOE.id)}`]: apiErrorReply(409, ERROR_CODES.OWN_ACCOUNT),
    });
    await chooseOption(user, 'jdoe', 'Edit user');
    const dialog = screen.getByRole('dialog', { name: 'Edit user' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Role' }), 'user');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'You cannot remove your own administrator role. Another administrator can do it.',
    );
    // The API's own English text is never shown.
    expect(alert).not.toHaveTextContent('(test)');
  });

  it('shows the last-admin guard (last_admin) in the dialog', async () => {
    const { user } = await openUsers({
      [`PATCH ${userPath(JDOE.id)}`]: apiErrorReply(409, ERROR_CODES.LAST_ADMIN),
    });
    await chooseOption(user, 'jdoe', 'Edit user');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'user');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This is the last active administrator of the tenant. Give another user the administrator role first.',
    );
  });

  it('keeps the username of an account linked to the reseller portal read-only', async () => {
    const { user } = await openUsers({
      [`PATCH ${userPath(RSP.id)}`]: apiErrorReply(409, ERROR_CODES.MANAGED_BY_RESELLER_PORTAL),
    });
    await chooseOption(user, 'reseller.tech', 'Edit user');
    const dialog = screen.getByRole('dialog', { name: 'Edit user' });
    const username = within(dialog).getByLabelText('Username');

    expect(username).toHaveAttribute('readonly');
    expect(username).toHaveAccessibleDescription('Managed by the reseller portal.');
    expect(within(dialog).getByLabelText('Display name (optional)')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Display name (optional)'), ' II');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This account signs in through the reseller portal, which manages its password and username.',
    );
  });

  it('shows a taken username on the Username field', async () => {
    const { user } = await openUsers({
      [`PATCH ${userPath(BOB.id)}`]: apiErrorReply(409, ERROR_CODES.USERNAME_TAKEN),
    });
    await chooseOption(user, 'bob', 'Edit user');
    const username = screen.getByLabelText('Username');
    await user.type(username, 'by');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAccessibleDescription(
      expect.stringContaining('Another user of this tenant already has this username.'),
    );
  });
});

describe('Deactivate and activate', () => {
  it('Deactivate user: confirms by name, sends the new status and says so', async () => {
    const PATCH = `PATCH ${userPath(BOB.id)}`;
    const { user, api } = await openUsers({ [PATCH]: { body: { ...BOB, status: 'deactivated' } } });

    await chooseOption(user, 'bob', 'Deactivate user');
    const dialog = screen.getByRole('dialog', { name: 'Deactivate user' });
    expect(dialog).toHaveAccessibleDescription(
      'bob will no longer be able to sign in, and their open sessions end at once.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('bob was deactivated.')).toHaveAttribute('role', 'status');
    expect(api.callsTo(PATCH).map((call) => call.body)).toEqual([{ status: 'deactivated' }]);
  });

  it.each([
    [
      ERROR_CODES.OWN_ACCOUNT,
      'You cannot deactivate your own account. Another administrator can do it.',
    ],
    [
      ERROR_CODES.LAST_ADMIN,
      'This is the last active administrator of the tenant. Give another user the administrator role first.',
    ],
  ])('Deactivate user: shows the guard %s in the dialog', async (code, message) => {
    const { user } = await openUsers({ [`PATCH ${userPath(ALICE.id)}`]: apiErrorReply(409, code) });

    await chooseOption(user, 'alice', 'Deactivate user');
    const dialog = screen.getByRole('dialog', { name: 'Deactivate user' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText('alice was deactivated.')).not.toBeInTheDocument();
  });

  it('Activate user: sends status active', async () => {
    const PATCH = `PATCH ${userPath(GONE.id)}`;
    const { user, api } = await openUsers({ [PATCH]: { body: { ...GONE, status: 'active' } } });

    await chooseOption(user, 'gone', 'Activate user');
    await user.click(screen.getByRole('button', { name: 'Activate' }));

    expect(await screen.findByText('gone was activated.')).toBeVisible();
    expect(api.callsTo(PATCH).map((call) => call.body)).toEqual([{ status: 'active' }]);
  });
});

describe('Delete user', () => {
  it('asks naming the user, deletes, says so and moves the focus to the heading', async () => {
    const DELETE = `DELETE ${userPath(BOB.id)}`;
    const { user, api } = await openUsers({ [DELETE]: { status: 204 } });

    await chooseOption(user, 'bob', 'Delete user');
    const dialog = screen.getByRole('dialog', { name: 'Delete user' });
    expect(dialog).toHaveAccessibleDescription(
      'Delete bob? The account and its sign-in data are removed for good.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    api.set(USERS, { body: createUserList([JDOE, ALICE, GONE, RSP]) });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('bob was deleted.')).toHaveAttribute('role', 'status');
    expect(api.callsTo(DELETE)).toEqual([
      { method: 'DELETE', path: `/api/users/${BOB.id}`, body: undefined },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'User management' })).toHaveFocus();
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'bob' })).not.toBeInTheDocument(),
    );
  });

  it.each([
    [
      ERROR_CODES.OWN_ACCOUNT,
      'You cannot delete your own account. Another administrator can do it.',
    ],
    [
      ERROR_CODES.LAST_ADMIN,
      'This is the last active administrator of the tenant. Give another user the administrator role first.',
    ],
    [ERROR_CODES.NOT_FOUND, 'This user no longer exists.'],
  ])('shows the refusal %s in the dialog', async (code, message) => {
    const { user } = await openUsers({
      [`DELETE ${userPath(ALICE.id)}`]: apiErrorReply(code === 'not_found' ? 404 : 409, code),
    });

    await chooseOption(user, 'alice', 'Delete user');
    const dialog = screen.getByRole('dialog', { name: 'Delete user' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
  });

  it('shows the guards in French too', async () => {
    const { user } = await openUsers({
      [`DELETE ${userPath(ALICE.id)}`]: apiErrorReply(409, ERROR_CODES.LAST_ADMIN),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await user.click(
      within(rowOf('alice')).getByRole('button', { name: 'Options de l’utilisateur' }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Supprimer l’utilisateur' }));
    await user.click(screen.getByRole('button', { name: 'Supprimer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Il s’agit du dernier administrateur actif du locataire.',
    );
  });
});

describe('User management without users.manage', () => {
  it('shows the list only: no Create user, no User options', async () => {
    await openUsers({}, createMe({ permissions: ['portal.access', 'users.read'] }));

    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Create user' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'User options' })).not.toBeInTheDocument();
  });
});

describe('Paging', () => {
  it('pages with Previous and Next through the server, 50 at a time', async () => {
    const page = (offset: number, count: number) =>
      Array.from({ length: count }, (_, index) =>
        createUserListItem({ username: `user${offset + index}` }),
      );
    // As the API does: a cursor continues after the previous page; the total comes with the first.
    const api = mockApi({
      [ME]: { body: ADMIN },
      [USERS]: (call) => {
        const offset = Number(call.query?.cursor?.replace('after-', '') ?? 0);
        const count = Math.min(50, 120 - offset);
        const next = offset + count < 120 ? `after-${offset + count}` : null;
        return {
          body: createUserList(page(offset, count), call.query?.cursor ? null : 120, next),
        };
      },
    });
    const { user } = renderApp(null, { route: '/users' });
    const pages = await screen.findByRole('navigation', { name: 'User pages' });
    const previous = within(pages).getByRole('button', { name: 'Previous' });
    const next = within(pages).getByRole('button', { name: 'Next' });

    expect(pages).toHaveTextContent('1–50 of 120');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    await waitFor(() => expect(pages).toHaveTextContent('51–100 of 120'));
    await user.click(next);
    await waitFor(() => expect(pages).toHaveTextContent('101–120 of 120'));
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await user.click(next);
    await user.click(previous);
    await waitFor(() => expect(pages).toHaveTextContent('51–100 of 120'));

    // Next on the last page asks for nothing; going back refreshes the page seen before.
    expect(api.callsTo(USERS).map((call) => call.query)).toEqual([
      { limit: '50' },
      { limit: '50', cursor: 'after-50' },
      { limit: '50', cursor: 'after-100' },
      { limit: '50', cursor: 'after-50' },
    ]);
    expect(screen.getByRole('rowheader', { name: 'user50' })).toBeInTheDocument();
  });

  it('starts again at the first page for a new search', async () => {
    const api = mockApi({
      [ME]: { body: ADMIN },
      [USERS]: { body: createUserList([BOB], 120, 'after-bob') },
    });
    const { user } = renderApp(null, { route: '/users' });
    const pages = await screen.findByRole('navigation', { name: 'User pages' });
    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));

    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'bob');
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(3));
    expect(api.callsTo(USERS).at(-1)?.query).toEqual({ search: 'bob', limit: '50' });
  });
});
