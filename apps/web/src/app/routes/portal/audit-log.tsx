import { useTranslation } from 'react-i18next';
import { AuditLog } from '@/features/audit-log/components/audit-log';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function AuditLogRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('auditLog.documentTitle'));
  // PortalRoot renders this only once the account is loaded, the guard only with its permission.
  if (!me) return null;
  return <AuditLog me={me} />;
}
