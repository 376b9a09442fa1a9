import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AuditLog } from '@/features/audit-log/components/audit-log';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function AuditLogRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('auditLog.documentTitle'));
  // PortalRoot renders this only once the account is loaded; the menu hides it without audit.read.
  if (!me) return null;
  if (!me.permissions.includes('audit.read')) {
    return <Navigate to={paths.home.getHref()} replace />;
  }
  return <AuditLog me={me} />;
}
