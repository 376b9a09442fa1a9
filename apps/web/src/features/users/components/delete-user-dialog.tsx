import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useDeleteUser } from '../api/delete-user';
import { userChangeProblemMessage } from '../user-change-problem';
import { ConfirmUserActionDialog } from './confirm-user-action-dialog';

type DeleteUserDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** User options → Delete user: asks by name first, since it cannot be undone. */
export function DeleteUserDialog({ user, onDone, onClose }: DeleteUserDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteUser();
  const { username } = user;

  return (
    <ConfirmUserActionDialog
      danger
      title={t('users.delete.title')}
      text={t('users.delete.text', { username })}
      confirmLabel={t('users.delete.confirm')}
      busyLabel={t('users.delete.busy')}
      busy={remove.isPending}
      problem={remove.isError ? userChangeProblemMessage(remove.error, t, 'delete') : null}
      onConfirm={() =>
        remove.mutate(user.id, {
          onSuccess: () => onDone(t('users.delete.done', { username })),
        })
      }
      onClose={onClose}
    />
  );
}
