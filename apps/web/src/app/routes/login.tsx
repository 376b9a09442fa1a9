import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/login/components/login-form';
import { LoginMethodChoice } from '@/features/login/components/login-method-choice';
import { readLastTenantDomain } from '@/lib/last-tenant-domain';
import { readLoginLocationState } from '@/lib/login-location-state';

/** /login and /tenant/:tenantDomain/login; the tenant link pre-fills its domain. */
export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { tenantDomain } = useParams();
  const { sessionEnded, from } = readLoginLocationState(location.state);
  // Shown once: the message is kept here, and dropped from history so a reload does not repeat it.
  const [showSessionEnded] = useState(sessionEnded === true);
  const initialTenantDomain = tenantDomain ?? readLastTenantDomain();

  useEffect(() => {
    if (sessionEnded) void navigate(location.pathname, { replace: true, state: { from } });
  }, [sessionEnded, from, location.pathname, navigate]);

  return (
    <AuthLayout title={t('login.heading')}>
      <LoginMethodChoice />
      <LoginForm
        // A different tenant link is a different form.
        key={initialTenantDomain}
        initialTenantDomain={initialTenantDomain}
        sessionEnded={showSessionEnded}
        onAuthenticated={() => navigate(from ?? paths.home.getHref(), { replace: true })}
      />
    </AuthLayout>
  );
}
