import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPasskeys, reauthenticateWithPasskey } from '../api/passkeys';
import { PASSKEYS_KEY } from '../passkeys-query';
import { PasskeyAction } from './passkey-action';

/**
 * "Use your passkey" inside "Confirm it's you", for an account with passkeys: a passkey with user
 * verification proves both factors, so an account whose only second factor is a passkey can
 * still make sensitive changes. Nothing shows for an account without passkeys.
 */
export function PasskeyStepUp({
  onConfirmed,
  only = false,
}: {
  onConfirmed: () => void;
  only?: boolean;
}) {
  const { t } = useTranslation();
  const passkeys = useQuery({ queryKey: PASSKEYS_KEY, queryFn: listPasskeys });

  if (!passkeys.data?.passkeys.length) return null;
  return (
    <div className="step-up__passkey">
      <PasskeyAction
        label={t('passkeys.useYours')}
        variant="primary"
        run={async () => {
          await reauthenticateWithPasskey();
          onConfirmed();
        }}
      />
      {!only && <p>{t('passkeys.orPassword')}</p>}
    </div>
  );
}
