import type { PasskeyOptions } from '@portal/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondFactorOptions, verifySecondFactor } from '../api/passkeys';
import { isLoginExpired } from '../passkey-problem';
import { PasskeyAction } from './passkey-action';

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
  const [hasPasskey, setHasPasskey] = useState(false);

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

  if (!hasPasskey) return null;
  return (
    <div className="code-form__passkey">
      <PasskeyAction
        label={t('passkeys.useYours')}
        variant="primary"
        run={async () => {
          // Fresh options each time: a challenge works once.
          const { passkey } = await secondFactorOptions();
          if (!passkey) return;
          await verifySecondFactor(passkey satisfies PasskeyOptions);
          queryClient.removeQueries();
          onAuthenticated();
        }}
        handleError={(error) => {
          if (!isLoginExpired(error)) return false;
          onExpired();
          return true;
        }}
      />
    </div>
  );
}
