import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('common.notFound.heading')}>
      <p>{t('common.notFound.body')}</p>
      <Link to={paths.home.getHref()}>{t('common.notFound.backHome')}</Link>
    </AuthLayout>
  );
}
