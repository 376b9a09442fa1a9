import type { MeResponse } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { TwoFactorSettings } from './two-factor-settings';

/** Account → Security: how this account signs in. */
export function AccountSecurity({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('account.security.heading')}</h1>
      <p className="page__intro">{t('account.security.intro')}</p>
      {me.session.authMethod === 'reseller_portal' ? (
        // Password and 2FA of a linked account live at the portal; ours are not used.
        <p>{t('account.security.resellerPortal')}</p>
      ) : (
        <TwoFactorSettings twoFactor={me.twoFactor} />
      )}
    </div>
  );
}
