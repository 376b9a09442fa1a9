import type { TenantSummary } from '@portal/shared';
import { useTranslation } from 'react-i18next';

type OwnTenantReturnProps = {
  actingTenant: TenantSummary;
  ownTenant: TenantSummary;
  busy: boolean;
  onReturn: () => void;
};

/** Acting in a customer: which one, and the way back to the reseller's own tenant. */
export function OwnTenantReturn({ actingTenant, ownTenant, busy, onReturn }: OwnTenantReturnProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--info own-tenant-return">
      <p>{t('customers.backToOwnText', { name: actingTenant.name })}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-busy={busy}
        onClick={onReturn}
      >
        {busy && <span className="button__spinner" aria-hidden="true" />}
        {t('customers.backToOwn', { name: ownTenant.name })}
      </button>
    </div>
  );
}
