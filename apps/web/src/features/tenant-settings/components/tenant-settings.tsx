import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { useTenantSettings } from '../api/get-tenant-settings';
import { TwoFactorPolicyForm } from './two-factor-policy-form';

/** Tenant settings: the acting tenant's rules for signing in (its 2FA policy). */
export function TenantSettingsPage() {
  const { t } = useTranslation();
  const settings = useTenantSettings();

  return (
    <div className="page">
      <h1>{t('tenantSettings.heading')}</h1>
      {settings.data ? (
        <>
          <p className="page__intro">
            {t('tenantSettings.intro', {
              tenant: settings.data.name,
              domain: settings.data.domain,
            })}
          </p>
          <TwoFactorPolicyForm settings={settings.data} />
        </>
      ) : settings.isError ? (
        <div className="alert alert--error" role="alert">
          <p>{t('tenantSettings.loadError')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void settings.refetch()}
          >
            {t('common.tryAgain')}
          </button>
        </div>
      ) : (
        <Spinner />
      )}
    </div>
  );
}
