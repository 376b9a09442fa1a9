import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

type ConfirmUserActionDialogProps = {
  title: string;
  /** What will happen, e.g. "jdoe will receive an e-mail …"; it describes the dialog. */
  text: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Why the last attempt failed, shown in an alert inside the dialog. */
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
  danger?: boolean;
};

/** Asks before a user action; focus starts on Cancel, the choice that changes nothing. */
export function ConfirmUserActionDialog(props: ConfirmUserActionDialogProps) {
  const { t } = useTranslation();
  return <ConfirmDialog {...props} cancelLabel={t('users.cancel')} />;
}
