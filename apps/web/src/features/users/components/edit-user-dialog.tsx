import type { UpdateUserBody, UserListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../api/update-user';
import { primaryRole, toUpdateUserBody, userFormValues } from '../user-form';
import { UserFormDialog } from './user-form-dialog';

type EditUserDialogProps = {
  user: UserListItem;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** User options → Edit user: username, display name, e-mail and role; only changes are sent. */
export function EditUserDialog({ user, onDone, onClose }: EditUserDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateUser();

  return (
    <UserFormDialog<UpdateUserBody>
      title={t('users.edit.title')}
      description={t('users.edit.description', { username: user.username })}
      submitLabel={t('users.edit.submit')}
      busyLabel={t('users.edit.busy')}
      initialValues={userFormValues(user)}
      usernameManaged={user.linkedToResellerPortal}
      emailRequired={user.email !== null}
      noRoleOption={primaryRole(user.roles) === ''}
      check={(values) => toUpdateUserBody(values, user)}
      send={(body) => update.mutateAsync({ userId: user.id, body })}
      onDone={(body) => onDone(t('users.edit.done', { username: body.username ?? user.username }))}
      onUnchanged={onClose}
      ownAccountChange="demote"
      onClose={onClose}
    />
  );
}
