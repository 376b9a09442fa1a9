import type { CustomerListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

type DeactivateCustomerDialogProps = {
  customer: CustomerListItem;
  busy: boolean;
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before deactivating: it ends the customer's sessions. Focus starts on Cancel. */
export function DeactivateCustomerDialog({ customer, ...rest }: DeactivateCustomerDialogProps) {
  const { t } = useTranslation();
  const name = customer.name;
  return (
    <ConfirmDialog
      {...rest}
      danger
      title={t('customers.manage.deactivateTitle', { name })}
      text={t('customers.manage.deactivateText', { name })}
      confirmLabel={t('customers.manage.deactivateConfirm')}
      cancelLabel={t('customers.manage.cancel')}
      busyLabel={t('customers.manage.deactivating', { name })}
    />
  );
}
