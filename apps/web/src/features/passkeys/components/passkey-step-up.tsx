import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPasskeys, reauthenticateWithPasskey } from '../api/passkeys';
import { passkeyProblem } from '../passkey-problem';
import { PASSKEYS_KEY } from '../passkeys-query';

/**
 * "Use your passkey" inside "Confirm it's you", for an account with passkeys: a passkey with user
 * verification proves both factors, so an account whose only second factor is a passkey can
 * still make sensitive changes. Nothing shows for an account without passkeys.
 */
export function PasskeyStepUp({ onConfirmed }: { onConfirmed: () => void }) {
  const { t } = useTranslation();
  const alertId = useId();
  const passkeys = useQuery({ queryKey: PASSKEYS_KEY, queryFn: listPasskeys });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await reauthenticateWithPasskey();
      onConfirmed();
    } catch (error) {
      setProblem(passkeyProblem(error, t));
      setBusy(false);
    }
  }

  if (!passkeys.data?.passkeys.length) return null;
  return (
    <div className="step-up__passkey">
      {problem && (
        <p id={alertId} role="alert" className="alert alert--error">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="button button--primary button--block"
        disabled={busy}
        aria-describedby={problem ? alertId : undefined}
        onClick={() => void confirm()}
      >
        {busy ? t('passkeys.working') : t('passkeys.useYours')}
      </button>
      <p>{t('passkeys.orPassword')}</p>
    </div>
  );
}
