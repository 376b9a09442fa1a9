import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useResetUserPassword } from '../api/reset-user-password';
import { userActionProblemMessage } from '../user-action-problem';
import { ConfirmUserActionDialog } from './confirm-user-action-dialog';

type ResetPasswordDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** User options → Reset password: the user gets the same e-mail as after "Password forgotten?". */
export function ResetPasswordDialog({ user, onDone, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const reset = useResetUserPassword();
  const { username } = user;

  return (
    <ConfirmUserActionDialog
      title={t('users.resetPassword.title')}
      text={t('users.resetPassword.text', { username })}
      confirmLabel={t('users.resetPassword.confirm')}
      busyLabel={t('users.resetPassword.busy')}
      busy={reset.isPending}
      problem={reset.isError ? userActionProblemMessage(reset.error, t) : null}
      onConfirm={() =>
        reset.mutate(user.id, {
          onSuccess: () => onDone(t('users.resetPassword.done', { username })),
        })
      }
      onClose={onClose}
    />
  );
}
