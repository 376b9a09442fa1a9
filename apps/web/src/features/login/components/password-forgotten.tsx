import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';

/** "Password forgotten?" – for now a dialog that explains the reset flow is coming. */
export function PasswordForgotten() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('login.passwordForgotten')}
      </button>
      {open && (
        <Modal title={t('login.passwordForgottenDialog.title')} onClose={() => setOpen(false)}>
          <p>{t('login.passwordForgottenDialog.body')}</p>
        </Modal>
      )}
    </>
  );
}
