import type { CreateUserBody } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useCreateUser } from '../api/create-user';
import { EMPTY_USER_FORM, toCreateUserBody } from '../user-form';
import { UserFormDialog } from './user-form-dialog';

type CreateUserDialogProps = {
  onDone: (message: string) => void;
  onClose: () => void;
};

/** "Create user": the new user gets no password here, but a mail with a link to set one. */
export function CreateUserDialog({ onDone, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation();
  const create = useCreateUser();

  return (
    <UserFormDialog<CreateUserBody>
      title={t('users.create.title')}
      description={t('users.create.description')}
      submitLabel={t('users.create.submit')}
      busyLabel={t('users.create.busy')}
      initialValues={EMPTY_USER_FORM}
      emailRequired
      check={toCreateUserBody}
      send={(body) => create.mutateAsync(body)}
      onDone={(body) => onDone(t('users.create.done', { email: body.email }))}
      onUnchanged={onClose}
      ownAccountChange="demote"
      onClose={onClose}
    />
  );
}
