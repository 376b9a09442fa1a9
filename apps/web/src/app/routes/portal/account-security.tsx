import { useTranslation } from 'react-i18next';
import { AccountSecurity } from '@/features/account/components/account-security';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function AccountSecurityRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('account.security.documentTitle'));
  // PortalRoot renders this only once the account is loaded.
  return me ? <AccountSecurity me={me} /> : null;
}
