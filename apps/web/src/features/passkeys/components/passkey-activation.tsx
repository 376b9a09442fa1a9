import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPasskeyForm } from './add-passkey-form';

/**
 * "Use a passkey instead" beside the QR code at the forced activation step of a sign-in: a
 * registered passkey is the second factor, and the sign-in is done.
 */
export function PasskeyActivation({
  onActivated,
  onExpired,
}: {
  onActivated: () => void;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="setup__passkey" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('passkeys.passkey')}</h2>
      <p>{t('passkeys.activationIntro')}</p>
      <AddPasskeyForm
        submitLabel={t('passkeys.useInstead')}
        onAdded={onActivated}
        onExpired={onExpired}
      />
    </section>
  );
}
