import { useTranslation } from 'react-i18next';
import { AccountSessions } from '@/features/sessions/components/account-sessions';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AccountSessionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('sessions.documentTitle'));
  // The permission guard renders this only with its permission.
  return <AccountSessions />;
}
