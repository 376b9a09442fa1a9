import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';

type RevokeOthersDialogProps = {
  busy: boolean;
  /** Why the last attempt failed, shown in an alert inside the dialog. */
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before ending every other session; focus starts on Cancel, which changes nothing. */
export function RevokeOthersDialog({ busy, problem, onConfirm, onClose }: RevokeOthersDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('sessions.revokeOthers.title')}
      description={t('sessions.revokeOthers.text')}
      onClose={onClose}
      closeButton={false}
    >
      {problem && (
        <div role="alert" className="alert alert--error">
          {problem}
        </div>
      )}
      <div className="modal__actions" aria-busy={busy}>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('sessions.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={onConfirm}
        >
          {busy && <span className="button__spinner" aria-hidden="true" />}
          {t('sessions.revokeOthers.confirm')}
        </button>
      </div>
      {busy && (
        <p className="visually-hidden" role="status">
          {t('sessions.revokeOthers.busy')}
        </p>
      )}
    </Modal>
  );
}
