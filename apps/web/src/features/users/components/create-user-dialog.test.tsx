import { ERROR_CODES } from '@portal/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
const CREATE = 'POST /api/users';
const ADMIN = createMe({ user: { roles: ['admin'] } });
const CREATED = createUserListItem({ username: 'new.admin', email: 'new.admin@example.com' });
const CHARACTERS_RULE = 'Use only letters, digits and . _ @ -, and start with a letter or digit.';

async function openCreateDialog(createRoute: MockRoute = { status: 201, body: CREATED }) {
  const api = mockApi({
    [ME]: { body: ADMIN },
    [USERS]: { body: createUserList([createUserListItem()]) },
    [CREATE]: createRoute,
  });
  const view = renderApp(null, { route: '/users' });
  await screen.findByRole('table', { name: 'Users' });
  await view.user.click(screen.getByRole('button', { name: 'Create user' }));
  const dialog = screen.getByRole('dialog', { name: 'Create user' });
  return { ...view, api, dialog };
}

describe('Create user', () => {
  it('asks for username, display name, e-mail and role; focus starts at the username', async () => {
    const { dialog } = await openCreateDialog();

    expect(dialog).toHaveAccessibleDescription(
      'The new user receives an e-mail with a link to set a password.',
    );
    const username = within(dialog).getByLabelText('Username');
    expect(username).toHaveFocus();
    expect(username).toHaveAccessibleDescription(
      '2 to 64 characters: letters, digits and . _ @ -, starting with a letter or digit.',
    );
    expect(within(dialog).getByLabelText('Display name (optional)')).toHaveValue('');
    expect(within(dialog).getByLabelText('E-mail')).toHaveAttribute('type', 'email');
    const role = within(dialog).getByRole('combobox', { name: 'Role' });
    expect(role).toHaveValue('user');
    expect(
      within(role)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Administrator', 'User']);
  });

  it('marks the optional field, not the required ones, and says what Administrator grants', async () => {
    const { dialog } = await openCreateDialog();

    expect(within(dialog).getByLabelText('Display name (optional)')).not.toBeRequired();
    expect(within(dialog).getByLabelText('Username')).toBeRequired();
    expect(within(dialog).getByLabelText('E-mail')).toBeRequired();
    expect(within(dialog).getByRole('combobox', { name: 'Role' })).toHaveAccessibleDescription(
      'Administrators manage users and the 2FA policy and read the audit log; they must use two-factor authentication.',
    );
    expect(within(dialog).queryByText(/\*/)).not.toBeInTheDocument();
  });

  it('marks optional fields and explains the role in French', async () => {
    const { user, dialog } = await openCreateDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await user.click(screen.getByRole('button', { name: 'Créer un utilisateur' }));
    const french = screen.getByRole('dialog', { name: 'Créer un utilisateur' });

    expect(within(french).getByLabelText('Nom affiché (facultatif)')).toBeInTheDocument();
    expect(within(french).getByRole('combobox', { name: 'Rôle' })).toHaveAccessibleDescription(
      /^Les administrateurs gèrent les utilisateurs .*\u00a0; ils doivent utiliser l’authentification à deux facteurs\.$/,
    );
  });

  it('says what is wrong with the username while it is typed', async () => {
    const { user, dialog } = await openCreateDialog();
    const username = within(dialog).getByLabelText('Username');

    await user.type(username, 'j');
    expect(username).not.toHaveAttribute('aria-invalid');
    await user.type(username, 'ane doe');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription(expect.stringContaining(CHARACTERS_RULE));

    await user.clear(username);
    await user.type(username, 'jane.doe');
    expect(username).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByText(CHARACTERS_RULE)).not.toBeInTheDocument();
  });

  it('checks the fields before sending and moves the focus to the first wrong one', async () => {
    const { user, dialog, api } = await openCreateDialog();

    await user.type(within(dialog).getByLabelText('E-mail'), 'not-an-address');
    await user.click(within(dialog).getByRole('button', { name: 'Create and send e-mail' }));

    expect(within(dialog).getByText('Enter a username.')).toBeVisible();
    expect(
      within(dialog).getByText('Enter a valid e-mail address, for example name@example.com.'),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Username')).toHaveFocus();
    expect(api.callsTo(CREATE)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Username'), 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Create and send e-mail' }));
    expect(within(dialog).getByText('The username needs at least 2 characters.')).toBeVisible();
    expect(api.callsTo(CREATE)).toHaveLength(0);
  });

  it('creates the user, says where the mail went and refreshes the list', async () => {
    const { user, dialog, api } = await openCreateDialog();

    await user.type(within(dialog).getByLabelText('Username'), ' new.admin ');
    await user.type(within(dialog).getByLabelText('Display name (optional)'), 'New Admin');
    await user.type(within(dialog).getByLabelText('E-mail'), 'new.admin@example.com');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Role' }),
      'Administrator',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create and send e-mail' }));

    expect(
      await screen.findByText(
        'User created. A mail to set the password was sent to new.admin@example.com.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create user' })).toHaveFocus();
    expect(api.callsTo(CREATE)).toEqual([
      {
        method: 'POST',
        path: '/api/users',
        body: {
          username: 'new.admin',
          displayName: 'New Admin',
          email: 'new.admin@example.com',
          role: 'admin',
        },
      },
    ]);
    await waitFor(() => expect(api.callsTo(USERS)).toHaveLength(2));
  });

  it('shows a taken username (409 username_taken) on the Username field', async () => {
    const { user, dialog, api } = await openCreateDialog(
      apiErrorReply(409, ERROR_CODES.USERNAME_TAKEN, { field: 'username' }),
    );
    const username = within(dialog).getByLabelText('Username');

    await user.type(username, 'jdoe');
    await user.type(within(dialog).getByLabelText('E-mail'), 'jdoe2@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create and send e-mail' }));

    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription(
      /Another user of this tenant already has this username\.$/,
    );
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Create user' })).toBeInTheDocument();
    expect(api.callsTo(CREATE)).toHaveLength(1);

    await user.type(username, '2');
    expect(username).not.toHaveAttribute('aria-invalid');
  });

  it('shows other refusals in the dialog, translated by error code', async () => {
    const { user, dialog } = await openCreateDialog(
      apiErrorReply(503, ERROR_CODES.SERVICE_UNAVAILABLE),
    );
    await user.type(within(dialog).getByLabelText('Username'), 'jane');
    await user.type(within(dialog).getByLabelText('E-mail'), 'jane@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create and send e-mail' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The service is temporarily unavailable. Please try again shortly.',
    );
  });

  it('speaks German too', async () => {
    const { user, dialog } = await openCreateDialog(
      apiErrorReply(409, ERROR_CODES.USERNAME_TAKEN, { field: 'username' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await user.click(screen.getByRole('button', { name: 'Benutzer anlegen' }));

    const german = screen.getByRole('dialog', { name: 'Benutzer anlegen' });
    expect(within(german).getByLabelText('Anzeigename (optional)')).toBeInTheDocument();
    await user.type(within(german).getByLabelText('Benutzername'), 'jdoe');
    await user.type(within(german).getByLabelText('E-Mail'), 'jdoe2@example.com');
    await user.click(within(german).getByRole('button', { name: 'Anlegen und E-Mail senden' }));
    expect(
      await within(german).findByText(
        'Dieser Benutzername ist in diesem Mandanten bereits vergeben.',
      ),
    ).toBeVisible();
  });
});
