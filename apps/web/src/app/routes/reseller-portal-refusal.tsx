import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { ResellerPortalRefusal } from '@/features/login/components/reseller-portal-refusal';
import { toRefusalExplanation } from '@/features/login/reseller-portal-refusal';

/** /login/reseller-portal?reason=…: where the API sends a refused reseller-portal sign-in. */
export function ResellerPortalRefusalRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <AuthLayout title={t('login.resellerPortal.refusal.heading')}>
      <ResellerPortalRefusal reason={toRefusalExplanation(searchParams.get('reason'))} />
    </AuthLayout>
  );
}
