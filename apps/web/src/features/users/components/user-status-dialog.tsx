import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../api/update-user';
import { userChangeProblemMessage } from '../user-change-problem';
import { ConfirmUserActionDialog } from './confirm-user-action-dialog';

type UserStatusDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** User options → Deactivate user: no more sign-ins, and the user's sessions end at once. */
export function DeactivateUserDialog(props: UserStatusDialogProps) {
  return <UserStatusDialog {...props} action="deactivate" />;
}

/** User options → Activate user: a deactivated user may sign in again. */
export function ActivateUserDialog(props: UserStatusDialogProps) {
  return <UserStatusDialog {...props} action="activate" />;
}

function UserStatusDialog({
  user,
  action,
  onDone,
  onClose,
}: UserStatusDialogProps & { action: 'deactivate' | 'activate' }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const { username } = user;
  const status = action === 'deactivate' ? 'deactivated' : 'active';

  return (
    <ConfirmUserActionDialog
      danger={action === 'deactivate'}
      title={t(`users.${action}.title`)}
      text={t(`users.${action}.text`, { username })}
      confirmLabel={t(`users.${action}.confirm`)}
      busyLabel={t(`users.${action}.busy`)}
      busy={update.isPending}
      problem={update.isError ? userChangeProblemMessage(update.error, t, 'deactivate') : null}
      onConfirm={() =>
        update.mutate(
          { userId: user.id, body: { status } },
          { onSuccess: () => onDone(t(`users.${action}.done`, { username })) },
        )
      }
      onClose={onClose}
    />
  );
}
