import { useTranslation } from 'react-i18next';
import { AccountSecurity } from '@/features/account/components/account-security';
import { PasskeysCard } from '@/features/passkeys/components/passkeys-card';
import { RecoveryCodesCard } from '@/features/two-factor/components/recovery-codes-card';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function AccountSecurityRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('account.security.documentTitle'));
  // PortalRoot renders this only once the account is loaded.
  if (!me) return null;
  const local = me.session.authMethod === 'local';
  return (
    <div className="page">
      <AccountSecurity me={me} passkeys={<PasskeysCard />} />
      {local && me.twoFactor.enabled && (
        <RecoveryCodesCard
          account={{ tenantDomain: me.tenant.domain, username: me.user.username }}
        />
      )}
    </div>
  );
}
