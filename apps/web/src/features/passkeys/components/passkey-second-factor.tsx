import type { PasskeyOptions } from '@portal/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondFactorOptions, verifySecondFactor } from '../api/passkeys';
import { isLoginExpired, passkeyProblem } from '../passkey-problem';

type PasskeySecondFactorProps = {
  onAuthenticated: () => void;
  onExpired: () => void;
  /** Whether the account has an authenticator app too (so the code form stays useful). */
  onFactorsKnown?: (factors: { passkey: boolean; totp: boolean }) => void;
};

/** "Use your passkey" at the second step of a sign-in, shown when the account has passkeys. */
export function PasskeySecondFactor({
  onAuthenticated,
  onExpired,
  onFactorsKnown,
}: PasskeySecondFactorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const alertId = useId();
  const [hasPasskey, setHasPasskey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    secondFactorOptions()
      .then((factors) => {
        if (!current) return;
        setHasPasskey(factors.passkey !== null);
        onFactorsKnown?.({ passkey: factors.passkey !== null, totp: factors.totp });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [onFactorsKnown]);

  async function verifyWithPasskey() {
    setBusy(true);
    setProblem(null);
    try {
      // Fresh options each time: a challenge works once.
      const { passkey } = await secondFactorOptions();
      if (!passkey) return;
      await verifySecondFactor(passkey satisfies PasskeyOptions);
      queryClient.removeQueries();
      onAuthenticated();
    } catch (error) {
      if (isLoginExpired(error)) onExpired();
      else setProblem(passkeyProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  if (!hasPasskey) return null;
  return (
    <div className="code-form__passkey">
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
        onClick={() => void verifyWithPasskey()}
      >
        {busy ? t('passkeys.working') : t('passkeys.useYours')}
      </button>
    </div>
  );
}
