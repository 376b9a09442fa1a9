import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { TenantSettingsPage } from '@/features/tenant-settings/components/tenant-settings';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useMe } from '@/lib/me';

export function TenantSettingsRoute() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useDocumentTitle(t('tenantSettings.documentTitle'));
  // PortalRoot renders this only once the account is loaded; the menu hides it without the permission.
  if (!me) return null;
  if (!me.permissions.includes('tenant.settings.manage')) {
    return <Navigate to={paths.home.getHref()} replace />;
  }
  return <TenantSettingsPage />;
}
