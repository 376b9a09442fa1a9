import type { MeResponse } from '@portal/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './change-password-form';
import { LanguagePreference } from './language-preference';
import { TwoFactorSettings } from './two-factor-settings';

/** Account → Security: how this account signs in, its password and its second factor. */
export function AccountSecurity({
  me,
  passkeys,
}: {
  me: MeResponse;
  /** The passkeys card (features/passkeys), composed by the route. */
  passkeys?: ReactNode;
}) {
  const { t } = useTranslation();
  const account = { username: me.user.username, tenantDomain: me.tenant.domain };
  return (
    <>
      <h1>{t('account.security.heading')}</h1>
      <p className="page__intro">{t('account.security.intro')}</p>
      {me.session.authMethod === 'reseller_portal' ? (
        // Password and 2FA of a linked account live at the portal; ours are not used.
        <p>{t('account.security.resellerPortal')}</p>
      ) : (
        <>
          <ChangePasswordForm account={account} />
          <TwoFactorSettings twoFactor={me.twoFactor} />
          {passkeys}
        </>
      )}
      <LanguagePreference language={me.user.language} />
    </>
  );
}
