import { useTranslation } from 'react-i18next';
import { TenantSettingsPage } from '@/features/tenant-settings/components/tenant-settings';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function TenantSettingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tenantSettings.documentTitle'));
  // The permission guard renders this only with its permission.
  return <TenantSettingsPage />;
}
