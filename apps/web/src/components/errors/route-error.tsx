import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';

/** Replaces React Router's developer error screen when rendering throws unexpectedly. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('common.errorPage.heading')}>
      <p>{t('common.errorPage.body')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('common.errorPage.reload')}
      </button>
    </AuthLayout>
  );
}
