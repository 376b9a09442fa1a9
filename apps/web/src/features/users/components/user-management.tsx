import type { MeResponse, UserListItem } from '@portal/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useUsers } from '../api/get-users';
import { USER_LIST_PAGE_SIZE, USER_SEARCH_DEBOUNCE_MS, USER_SEARCH_MAX_LENGTH } from '../constants';
import type { UserAction } from '../user-actions';
import { ResetPasswordDialog } from './reset-password-dialog';
import { ResetTwoFactorDialog } from './reset-two-factor-dialog';
import { UsersTable } from './users-table';

type OpenAction = { action: UserAction; user: UserListItem };

/** User management: the acting tenant's users, a search, and per user its options. */
export function UserManagement({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), USER_SEARCH_DEBOUNCE_MS);
  const users = useUsers({
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    limit: USER_LIST_PAGE_SIZE,
  });
  const canManage = me.permissions.includes('users.manage');
  const [openAction, setOpenAction] = useState<OpenAction | null>(null);
  const [message, setMessage] = useState('');

  function startAction(action: UserAction, user: UserListItem) {
    setMessage('');
    setOpenAction({ action, user });
  }

  function finishAction(doneMessage: string) {
    setOpenAction(null);
    setMessage(doneMessage);
  }

  const Dialog =
    openAction?.action === 'resetPassword' ? ResetPasswordDialog : ResetTwoFactorDialog;

  return (
    <div className="page page--wide">
      <h1>{t('users.heading')}</h1>
      <p className="page__intro">{t('users.intro')}</p>
      <div className="search-field">
        <TextField
          type="search"
          name="search"
          label={t('users.search')}
          hint={t('users.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          maxLength={USER_SEARCH_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {/* Always in the page: a live region must exist before its text changes to be announced. */}
      <p className={message ? 'alert alert--success' : undefined} role="status">
        {message}
      </p>
      {users.data ? (
        <>
          {/* Announced after each search, so that screen reader users hear what it found. */}
          <p className="muted" aria-live="polite">
            {users.data.items.length > 0
              ? t('users.showing', { shown: users.data.items.length, total: users.data.total })
              : t('users.empty')}
          </p>
          {users.data.items.length > 0 && (
            <UsersTable
              users={users.data.items}
              canManage={canManage}
              busy={users.isFetching}
              onAction={startAction}
            />
          )}
        </>
      ) : users.isError ? (
        <div className="alert alert--error" role="alert">
          <p>{t('users.loadError')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void users.refetch()}
          >
            {t('common.tryAgain')}
          </button>
        </div>
      ) : (
        <Spinner />
      )}
      {openAction && (
        <Dialog
          key={`${openAction.action}-${openAction.user.id}`}
          user={openAction.user}
          onDone={finishAction}
          onClose={() => setOpenAction(null)}
        />
      )}
    </div>
  );
}
