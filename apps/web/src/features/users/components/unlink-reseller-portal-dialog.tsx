import type { UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useUnlinkUserFromResellerPortal } from '../api/unlink-user-from-reseller-portal';
import { unlinkProblemMessage } from '../reseller-portal-link-problem';
import { ConfirmUserActionDialog } from './confirm-user-action-dialog';

type UnlinkResellerPortalDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/**
 * User options → Unlink from reseller portal: the account signs in here again, once its owner
 * has set a password through the e-mail that unlinking sends.
 */
export function UnlinkResellerPortalDialog({
  user,
  onDone,
  onClose,
}: UnlinkResellerPortalDialogProps) {
  const { t } = useTranslation();
  const unlink = useUnlinkUserFromResellerPortal();
  const { username } = user;

  return (
    <ConfirmUserActionDialog
      title={t('users.unlinkResellerPortal.title')}
      text={t('users.unlinkResellerPortal.text', { username })}
      confirmLabel={t('users.unlinkResellerPortal.confirm')}
      busyLabel={t('users.unlinkResellerPortal.busy')}
      busy={unlink.isPending}
      problem={unlink.isError ? unlinkProblemMessage(unlink.error, t) : null}
      onConfirm={() =>
        unlink.mutate(user.id, {
          onSuccess: () => onDone(t('users.unlinkResellerPortal.done', { username })),
        })
      }
      onClose={onClose}
    />
  );
}
