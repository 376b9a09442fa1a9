import type { UserListItem } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/format-date';
import { twoFactorLabelKey } from '../two-factor-label';
import { availableUserActions, type UserAction } from '../user-actions';
import { isRoleKey } from '../user-form';
import { UserOptionsMenu } from './user-options-menu';

/** What the options of a row depend on besides its user. */
export type UserRowContext = {
  resellerPortalEnabled: boolean;
  /** The signed-in user's id: their own row is not offered everything. */
  ownUserId: string;
};

type UsersTableProps = {
  users: readonly UserListItem[];
  /** With users.manage: each row gets "User options". */
  canManage: boolean;
  actionContext: UserRowContext;
  busy: boolean;
  onAction: (action: UserAction, user: UserListItem) => void;
};

/** The tenant's users, one row each, the username as the row header. */
export function UsersTable({ users, canManage, actionContext, busy, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('users.caption')} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('users.columns.username')}</th>
          <th scope="col">{t('users.columns.name')}</th>
          <th scope="col">{t('users.columns.email')}</th>
          <th scope="col">{t('users.columns.roles')}</th>
          <th scope="col">{t('users.columns.twoFactor')}</th>
          <th scope="col">{t('users.columns.lastLogin')}</th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">{t('users.columns.options')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            canManage={canManage}
            actionContext={actionContext}
            onAction={onAction}
          />
        ))}
      </tbody>
    </DataTable>
  );
}

type UserRowProps = Omit<UsersTableProps, 'users' | 'busy'> & { user: UserListItem };

function UserRow({ user, canManage, actionContext, onAction }: UserRowProps) {
  const { t, i18n } = useTranslation();
  const usernameId = useId();
  const actions = canManage
    ? availableUserActions(user, {
        resellerPortalEnabled: actionContext.resellerPortalEnabled,
        ownAccount: user.id === actionContext.ownUserId,
      })
    : [];

  return (
    <tr>
      <th scope="row">
        <span id={usernameId}>{user.username}</span>
        {user.linkedToResellerPortal && (
          <>
            {' '}
            <span className="badge" title={t('users.resellerPortal')}>
              RSP
            </span>
            <span className="visually-hidden"> ({t('users.resellerPortal')})</span>
          </>
        )}
        {user.status === 'deactivated' && (
          <>
            {' '}
            <span className="badge badge--muted">{t('users.deactivated')}</span>
          </>
        )}
      </th>
      <td>{user.displayName}</td>
      <td>{user.email ?? <Missing label={t('users.noEmail')} />}</td>
      <td>
        {user.roles.length > 0 ? (
          user.roles.map((role) => (isRoleKey(role) ? t(`common.roles.${role}`) : role)).join(', ')
        ) : (
          <Missing label={t('users.noRoles')} />
        )}
      </td>
      <td>{t(twoFactorLabelKey(user))}</td>
      <td>
        {user.lastLoginAt
          ? formatDateTime(user.lastLoginAt, i18n.resolvedLanguage)
          : t('users.neverSignedIn')}
      </td>
      {canManage && (
        <td className="data-table__actions">
          {actions.length > 0 && (
            <UserOptionsMenu
              actions={actions}
              describedBy={usernameId}
              onSelect={(action) => onAction(action, user)}
            />
          )}
        </td>
      )}
    </tr>
  );
}

/** A dash for the eye, words for screen readers. */
function Missing({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
