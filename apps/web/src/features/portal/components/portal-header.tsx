import type { MeResponse } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { Brand } from '@/components/ui/brand';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { LogoutButton } from './logout-button';

/** Product, the tenant being acted in, the person signed in, language and log out. */
export function PortalHeader({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { actingTenant, user } = me;

  return (
    <header className="portal-header">
      <Brand />
      <dl className="portal-header__context">
        <div>
          <dt>{t('portal.tenantLabel')}</dt>
          <dd>
            {actingTenant.name} <span className="muted">({actingTenant.domain})</span>
          </dd>
        </div>
        <div>
          <dt>{t('portal.userLabel')}</dt>
          <dd>{user.displayName || user.username}</dd>
        </div>
      </dl>
      <div className="portal-header__actions">
        <LanguageSwitcher />
        <LogoutButton tenantDomain={me.tenant.domain} />
      </div>
    </header>
  );
}
