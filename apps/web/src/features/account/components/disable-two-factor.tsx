import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { StepUpCancelled } from '@/lib/step-up';
import { useDisableTwoFactor } from '../api/disable-two-factor';

function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof StepUpCancelled) return t('common.stepUp.cancelled');
  if (isApiError(error, ERROR_CODES.TWO_FACTOR_REQUIRED))
    return t('account.twoFactor.requiredNote');
  return isApiError(error) ? apiErrorMessage(error.code, t) : t('common.unexpected');
}

/** Switching 2FA off: a stolen session alone cannot, it needs "Confirm it's you" first. */
export function DisableTwoFactor({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const disable = useDisableTwoFactor();
  const error = disable.error;

  return (
    <section className="disable-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('account.twoFactor.disableHeading')}</h3>
      <p>{t('account.twoFactor.disableText')}</p>
      {disable.isError && (
        <p role="alert" className="alert alert--error">
          {problemMessage(error, t)}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={disable.isPending}
        onClick={() => disable.mutate(undefined, { onSuccess: onDisabled })}
      >
        {disable.isPending ? t('account.twoFactor.disabling') : t('account.twoFactor.disable')}
      </button>
    </section>
  );
}
