import { useId } from 'react';
import { Modal } from './modal';

type ConfirmDialogProps = {
  title: string;
  /** What will happen; it describes the dialog. */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Announced while the action runs. */
  busyLabel: string;
  busy: boolean;
  /** Why the last attempt failed, shown in an alert inside the dialog. */
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
  /** The action removes or locks out (Delete, Deactivate): its button is red. */
  danger?: boolean;
};

/** Asks before an action; focus starts on Cancel, the choice that changes nothing. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  cancelLabel,
  busyLabel,
  busy,
  problem,
  onConfirm,
  onClose,
  danger = false,
}: ConfirmDialogProps) {
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
          {cancelLabel}
        </button>
        <button
          type="button"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
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
