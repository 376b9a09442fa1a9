import type { MeResponse, UserListItem } from '@portal/shared';
import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField } from '@/components/ui/search-field';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useListPaging } from '@/hooks/use-list-paging';
import { useResellerPortalEnabled } from '@/lib/auth-options';
import { USER_SEARCH_DEBOUNCE_MS, USER_SEARCH_MAX_LENGTH } from '../constants';
import type { UserAction } from '../user-actions';
import { CreateUserDialog } from './create-user-dialog';
import { DeleteUserDialog } from './delete-user-dialog';
import { EditUserDialog } from './edit-user-dialog';
import { LinkResellerPortalDialog } from './link-reseller-portal-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { ResetTwoFactorDialog } from './reset-two-factor-dialog';
import { UnlinkResellerPortalDialog } from './unlink-reseller-portal-dialog';
import { UserResults } from './user-results';
import { ActivateUserDialog, DeactivateUserDialog } from './user-status-dialog';

type UserDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

const ACTION_DIALOGS: Record<UserAction, ComponentType<UserDialogProps>> = {
  edit: EditUserDialog,
  resetPassword: ResetPasswordDialog,
  resetTwoFactor: ResetTwoFactorDialog,
  linkResellerPortal: LinkResellerPortalDialog,
  unlinkResellerPortal: UnlinkResellerPortalDialog,
  deactivate: DeactivateUserDialog,
  activate: ActivateUserDialog,
  delete: DeleteUserDialog,
};

type OpenDialog = { action: UserAction; user: UserListItem } | { action: 'create' };

/** User management: the acting tenant's users, a search, paging, creating, and per user its options. */
export function UserManagement({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), USER_SEARCH_DEBOUNCE_MS);
  const paging = useListPaging(debouncedSearch);
  const canManage = me.permissions.includes('users.manage');
  const resellerPortalEnabled = useResellerPortalEnabled();
  const [openDialog, setOpenDialog] = useState<OpenDialog | null>(null);
  const [message, setMessage] = useState('');
  const [headingFocusRequest, setHeadingFocusRequest] = useState(0);

  // After a delete the row whose button had the focus is gone: the focus moves to the heading.
  // (This runs after the dialog's clean-up, which returns the focus to that button.)
  useEffect(() => {
    if (headingFocusRequest > 0) heading.current?.focus();
  }, [headingFocusRequest]);

  function open(dialog: OpenDialog) {
    setMessage('');
    setOpenDialog(dialog);
  }

  function finish(doneMessage: string) {
    if (openDialog?.action === 'delete') setHeadingFocusRequest((count) => count + 1);
    setOpenDialog(null);
    setMessage(doneMessage);
  }

  const close = () => setOpenDialog(null);
  const userDialog = openDialog?.action === 'create' ? null : openDialog;
  const UserDialog = userDialog ? ACTION_DIALOGS[userDialog.action] : null;

  return (
    <div className="page page--wide">
      <div className="page__header">
        <h1 ref={heading} tabIndex={-1}>
          {t('users.heading')}
        </h1>
        {canManage && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => open({ action: 'create' })}
          >
            {t('users.create.button')}
          </button>
        )}
      </div>
      <p className="page__intro">{t('users.intro')}</p>
      <SearchField
        label={t('users.search')}
        hint={t('users.searchHint')}
        value={search}
        onSearch={setSearch}
        maxLength={USER_SEARCH_MAX_LENGTH}
      />
      {/* Always in the page: a live region must exist before its text changes to be announced. */}
      <p className={message ? 'alert alert--success' : undefined} role="status">
        {message}
      </p>
      <UserResults
        search={debouncedSearch}
        paging={paging}
        canManage={canManage}
        actionContext={{ resellerPortalEnabled, ownUserId: me.user.id }}
        onAction={(action, user) => open({ action, user })}
      />
      {openDialog?.action === 'create' && <CreateUserDialog onDone={finish} onClose={close} />}
      {userDialog && UserDialog && (
        <UserDialog
          key={`${userDialog.action}-${userDialog.user.id}`}
          user={userDialog.user}
          onDone={finish}
          onClose={close}
        />
      )}
    </div>
  );
}
