import type { MeResponse } from '@portal/shared';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleList } from './role-list';

/** Who is signed in: username, roles and tenant (and the tenant acted in, if another one). */
/** A reseller-portal sign-in's 2FA is the portal's business, not ours. */
function twoFactorState(me: MeResponse, t: TFunction): string {
  if (me.session.authMethod === 'reseller_portal')
    return t('portal.home.account.twoFactorAtPortal');
  return me.user.twoFactorEnabled
    ? t('portal.home.account.twoFactorOn')
    : t('portal.home.account.twoFactorOff');
}

export function AccountCard({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { user, tenant, actingTenant } = me;

  return (
    <section className="card account-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portal.home.account.heading')}</h2>
      <dl className="details">
        <dt>{t('portal.home.account.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('portal.home.account.displayName')}</dt>
        <dd>{user.displayName || user.username}</dd>
        {user.email && (
          <>
            <dt>{t('portal.home.account.email')}</dt>
            <dd>{user.email}</dd>
          </>
        )}
        <dt>{t('portal.home.account.roles')}</dt>
        <dd>
          <RoleList roles={user.roles} />
        </dd>
        <dt>{t('portal.home.account.tenant')}</dt>
        <dd>
          {tenant.name} <span className="muted">({tenant.domain})</span>
        </dd>
        {actingTenant.id !== tenant.id && (
          <>
            <dt>{t('portal.home.account.actingTenant')}</dt>
            <dd>
              {actingTenant.name} <span className="muted">({actingTenant.domain})</span>
            </dd>
          </>
        )}
        <dt>{t('portal.home.account.twoFactor')}</dt>
        <dd>{twoFactorState(me, t)}</dd>
      </dl>
    </section>
  );
}
