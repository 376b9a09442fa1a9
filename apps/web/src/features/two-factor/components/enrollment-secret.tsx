import type { TotpEnrollmentResponse } from '@portal/shared';
import { QRCodeSVG } from 'qrcode.react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyToClipboard } from '@/hooks/use-copy-to-clipboard';
import { groupSecret } from '../secret';

/** The new secret twice: as a QR code to scan, and as text to type where scanning is not possible. */
export function EnrollmentSecret({ enrollment }: { enrollment: TotpEnrollmentResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const secretLabelId = useId();
  const { state, copy } = useCopyToClipboard();

  return (
    <section className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('twoFactor.setup.scanHeading')}</h2>
      <p>{t('twoFactor.setup.scanText')}</p>
      <div className="qr-code">
        {/* Black on white with the quiet zone the QR specification asks for: every app reads it. */}
        <QRCodeSVG
          value={enrollment.otpauthUri}
          size={200}
          marginSize={4}
          level="M"
          role="img"
          aria-label={t('twoFactor.setup.qrCode')}
          title={t('twoFactor.setup.qrCode')}
        />
      </div>
      {/* A phone cannot scan its own screen: the otpauth:// link hands the key to the app there. */}
      <p>
        {t('twoFactor.setup.openInAppText')}{' '}
        <a className="button button--secondary" href={enrollment.otpauthUri}>
          {t('twoFactor.setup.openInApp')}
        </a>
      </p>
      <p>{t('twoFactor.setup.secretText')}</p>
      {/* A figure named by its caption: the key is found as "Secret key" by assistive tech. */}
      <figure className="secret" aria-labelledby={secretLabelId}>
        <figcaption id={secretLabelId} className="secret__label">
          {t('twoFactor.setup.secretKey')}
        </figcaption>
        <div className="secret__row">
          <code className="secret__value">{groupSecret(enrollment.secret)}</code>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void copy(enrollment.secret)}
          >
            {t('twoFactor.setup.copy')}
          </button>
        </div>
        <p className="copy-status" role="status">
          {state === 'copied' && t('twoFactor.setup.copied')}
          {state === 'failed' && t('twoFactor.setup.copyFailed')}
        </p>
      </figure>
    </section>
  );
}
