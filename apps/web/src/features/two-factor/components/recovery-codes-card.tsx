import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { StepUpCancelled } from '@/lib/step-up';
import { useNewRecoveryCodes, useRecoveryCodeStatus } from '../api/recovery-codes';
import { RecoveryCodes } from './recovery-codes';

type RecoveryCodesCardProps = { account: { tenantDomain: string; username: string } };

/**
 * Account → Security: how many recovery codes are left, and a new set (after "Confirm it's
 * you"), shown once, replacing the old set at once.
 */
export function RecoveryCodesCard({ account }: RecoveryCodesCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const status = useRecoveryCodeStatus(true);
  const renew = useNewRecoveryCodes();
  const [shown, setShown] = useState<string[] | null>(null);

  function createNewSet() {
    renew.mutate(undefined, { onSuccess: ({ recoveryCodes }) => setShown(recoveryCodes) });
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('twoFactor.recoveryCodes.cardHeading')}</h2>
      {shown ? (
        <RecoveryCodes
          codes={shown}
          account={account}
          accountName={account.username}
          renewed
          onContinue={() => setShown(null)}
        />
      ) : (
        <>
          <p>
            {status.data
              ? t('twoFactor.recoveryCodes.remaining', { count: status.data.remaining })
              : '\u00a0'}
          </p>
          <p>{t('twoFactor.recoveryCodes.renewText')}</p>
          {renew.isError && (
            <p role="alert" className="alert alert--error">
              {renew.error instanceof StepUpCancelled
                ? t('common.stepUp.cancelled')
                : isApiError(renew.error)
                  ? apiErrorMessage(renew.error.code, t)
                  : t('common.unexpected')}
            </p>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={renew.isPending}
            onClick={createNewSet}
          >
            {renew.isPending
              ? t('twoFactor.recoveryCodes.renewing')
              : t('twoFactor.recoveryCodes.renew')}
          </button>
        </>
      )}
    </section>
  );
}
