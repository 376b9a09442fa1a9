import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';

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
};

/** Asks before a user action; focus starts on Cancel, the choice that changes nothing. */
export function ConfirmUserActionDialog({
  title,
  text,
  confirmLabel,
  busyLabel,
  busy,
  problem,
  onConfirm,
  onClose,
}: ConfirmUserActionDialogProps) {
  const { t } = useTranslation();
  const alertId = useId();

  return (
    <Modal title={title} description={text} onClose={onClose} closeButton={false}>
      {problem && (
        <div id={alertId} role="alert" className="alert alert--error">
          {problem}
        </div>
      )}
      <div className="modal__actions" aria-busy={busy}>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('users.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          aria-describedby={problem ? alertId : undefined}
          onClick={onConfirm}
        >
          {busy && <span className="button__spinner" aria-hidden="true" />}
          {confirmLabel}
        </button>
      </div>
      {busy && (
        <p className="visually-hidden" role="status">
          {busyLabel}
        </p>
      )}
    </Modal>
  );
}
