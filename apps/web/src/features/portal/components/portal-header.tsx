import type { MeResponse } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Brand } from '@/components/ui/brand';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { ActingTenant } from './acting-tenant';
import { LogoutButton } from './logout-button';

/** Product, the tenant being acted in, the person signed in, language and log out. */
export function PortalHeader({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { actingTenant, tenant, user } = me;
  const actingInCustomer = actingTenant.id !== tenant.id;

  return (
    <header className="portal-header">
      <Brand />
      <div className="portal-header__context">
        {actingInCustomer && (
          <ActingTenant
            tenant={actingTenant}
            canSwitch={me.permissions.includes('customers.select')}
          />
        )}
        <dl className="portal-header__details">
          {/* Acting in a customer, this is the reseller's own tenant, where the user belongs. */}
          <div>
            <dt>{t(actingInCustomer ? 'portal.ownTenantLabel' : 'portal.tenantLabel')}</dt>
            <dd>
              {tenant.name} <span className="muted">({tenant.domain})</span>
            </dd>
          </div>
          <div>
            <dt>{t('portal.userLabel')}</dt>
            <dd>{user.displayName || user.username}</dd>
          </div>
        </dl>
      </div>
      <div className="portal-header__actions">
        <LanguageSwitcher />
        <LogoutButton tenantDomain={tenant.domain} authMethod={me.session.authMethod} />
      </div>
    </header>
  );
}
