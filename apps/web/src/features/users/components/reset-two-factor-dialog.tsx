import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useResetUserTwoFactor } from '../api/reset-user-two-factor';
import { userActionProblemMessage } from '../user-action-problem';
import { ConfirmUserActionDialog } from './confirm-user-action-dialog';

type ResetTwoFactorDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** User options → Reset 2FA: e.g. after a lost phone; the user activates it again. */
export function ResetTwoFactorDialog({ user, onDone, onClose }: ResetTwoFactorDialogProps) {
  const { t } = useTranslation();
  const reset = useResetUserTwoFactor();
  const { username } = user;

  return (
    <ConfirmUserActionDialog
      title={t('users.resetTwoFactor.title')}
      text={t('users.resetTwoFactor.text', { username })}
      confirmLabel={t('users.resetTwoFactor.confirm')}
      busyLabel={t('users.resetTwoFactor.busy')}
      busy={reset.isPending}
      problem={reset.isError ? userActionProblemMessage(reset.error, t) : null}
      onConfirm={() =>
        reset.mutate(user.id, {
          onSuccess: () => onDone(t('users.resetTwoFactor.done', { username })),
        })
      }
      onClose={onClose}
    />
  );
}
