import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';

/** "How does this work?": the three steps of activation, for people new to authenticator apps. */
export function HowItWorks() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('twoFactor.setup.howItWorks')}
      </button>
      {open && (
        <Modal title={t('twoFactor.setup.howItWorksTitle')} onClose={() => setOpen(false)}>
          <ol className="steps">
            <li>{t('twoFactor.setup.stepInstall')}</li>
            <li>{t('twoFactor.setup.stepScan')}</li>
            <li>{t('twoFactor.setup.stepEnter')}</li>
          </ol>
        </Modal>
      )}
    </>
  );
}
