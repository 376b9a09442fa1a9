import { ERROR_CODES, type TotpEnrollmentResponse } from '@portal/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { SESSION_STORAGE_KEYS } from '@/config/constants';
import { isApiError, isSessionEnd } from '@/lib/api-client';
import { StepUpCancelled } from '@/lib/step-up';
import { readStorage, removeStorage, writeStorage } from '@/lib/storage';
import { useStartTotpEnrollment } from '../api/start-totp-enrollment';
import { ConfirmEnrollmentForm } from './confirm-enrollment-form';
import { EnrollmentSecret } from './enrollment-secret';

type EnrollmentStepProps = {
  onConfirmed: (result: { recoveryCodes: string[]; enrollment: TotpEnrollmentResponse }) => void;
  onExpired: () => void;
};

/** Gets the secret once, shows it as QR code and text, and takes the first code to confirm. */
export function EnrollmentStep({ onConfirmed, onExpired }: EnrollmentStepProps) {
  const { t } = useTranslation();
  const enrollment = useStartTotpEnrollment();
  const { mutate } = enrollment;
  const started = useRef(false);
  // A reload answers the secret shown before while the step lasts; if it is another one all the
  // same (the step ran out), the app's entry no longer works, and the page says so.
  const [secretChanged, setSecretChanged] = useState(false);

  const start = useCallback(() => {
    mutate(undefined, {
      onSuccess: ({ enrollmentId }) => {
        const shown = readStorage(SESSION_STORAGE_KEYS.shownEnrollment, 'sessionStorage');
        setSecretChanged(shown !== null && shown !== enrollmentId);
        writeStorage(SESSION_STORAGE_KEYS.shownEnrollment, enrollmentId, 'sessionStorage');
      },
      onError: (error) => {
        if (isApiError(error, ERROR_CODES.LOGIN_EXPIRED)) onExpired();
      },
    });
  }, [mutate, onExpired]);

  useEffect(() => {
    // Once per visit: a call after the step ran out replaces the secret, so a second one (React's
    // StrictMode runs effects twice in development) could make the QR code on show useless.
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  if (enrollment.data) {
    const data = enrollment.data;
    return (
      <>
        {secretChanged && (
          <div role="alert" className="alert alert--info">
            {t('twoFactor.setup.secretChanged')}
          </div>
        )}
        <EnrollmentSecret enrollment={data} />
        <ConfirmEnrollmentForm
          onConfirmed={(recoveryCodes) => {
            removeStorage(SESSION_STORAGE_KEYS.shownEnrollment, 'sessionStorage');
            onConfirmed({ recoveryCodes, enrollment: data });
          }}
          onExpired={onExpired}
        />
      </>
    );
  }
  // No session or no pending sign-in: the page is being left for the login page.
  const leaving =
    isApiError(enrollment.error, ERROR_CODES.LOGIN_EXPIRED) || isSessionEnd(enrollment.error);
  if (enrollment.isError && !leaving) {
    return (
      <div className="setup-section">
        <div role="alert" className="alert alert--error">
          {enrollment.error instanceof StepUpCancelled ? (
            t('common.stepUp.cancelled')
          ) : (
            <>
              {t('twoFactor.setup.prepareFailed')}{' '}
              {isApiError(enrollment.error, ERROR_CODES.SERVICE_UNAVAILABLE)
                ? t('common.serviceUnavailable')
                : t('common.unexpected')}
            </>
          )}
        </div>
        <button type="button" className="button button--primary" onClick={start}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  return <Spinner label={t('twoFactor.setup.preparing')} />;
}
