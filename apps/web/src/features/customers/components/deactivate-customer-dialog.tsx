import type { CustomerListItem } from '@portal/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';

type DeactivateCustomerDialogProps = {
  customer: CustomerListItem;
  busy: boolean;
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before deactivating: it ends the customer's sessions. Focus starts on Cancel. */
export function DeactivateCustomerDialog({
  customer,
  busy,
  problem,
  onConfirm,
  onClose,
}: DeactivateCustomerDialogProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const name = customer.name;

  return (
    <Modal
      title={t('customers.manage.deactivateTitle', { name })}
      description={t('customers.manage.deactivateText', { name })}
      onClose={onClose}
      closeButton={false}
    >
      {problem && (
        <div id={alertId} role="alert" className="alert alert--error">
          {problem}
        </div>
      )}
      <div className="modal__actions" aria-busy={busy}>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('customers.manage.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-describedby={problem ? alertId : undefined}
          onClick={onConfirm}
        >
          {busy && <span className="button__spinner" aria-hidden="true" />}
          {t('customers.manage.deactivateConfirm')}
        </button>
      </div>
      {busy && (
        <p className="visually-hidden" role="status">
          {t('customers.manage.deactivating', { name })}
        </p>
      )}
    </Modal>
  );
}
