import type { TenantSummary } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';

type ActingTenantProps = {
  tenant: TenantSummary;
  /** With customers.select: a way back to the customer list. */
  canSwitch: boolean;
};

/** A reseller user at work in a customer's tenant: which one, and the way back to the list. */
export function ActingTenant({ tenant, canSwitch }: ActingTenantProps) {
  const { t } = useTranslation();
  return (
    <p className="portal-header__acting">
      <span>{t('portal.actingIn', { name: tenant.name })}</span>{' '}
      <span className="muted">({tenant.domain})</span>
      {canSwitch && (
        <>
          {' '}
          <Link to={paths.customers.getHref()} className="portal-header__switch">
            {t('portal.switchCustomer')}
          </Link>
        </>
      )}
    </p>
  );
}
