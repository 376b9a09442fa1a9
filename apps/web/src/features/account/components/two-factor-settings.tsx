import type { MeResponse } from '@portal/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { TwoFactorSetupState } from '@/lib/two-factor-setup-state';
import { DisableTwoFactor } from './disable-two-factor';

/** Whether 2FA is on; the way to switch it on, or off where the tenant's policy allows that. */
export function TwoFactorSettings({ twoFactor }: { twoFactor: MeResponse['twoFactor'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  // Off at once after disabling, not only when /api/me has answered again.
  const [justDisabled, setJustDisabled] = useState(false);
  const enabled = twoFactor.enabled && !justDisabled;

  function enable() {
    const state: TwoFactorSetupState = { from: paths.accountSecurity.getHref() };
    void navigate(paths.twoFactorSetup.getHref(), { state });
  }

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.twoFactor.heading')}</h2>
      <dl className="details">
        <dt>{t('account.twoFactor.status')}</dt>
        <dd>{enabled ? t('account.twoFactor.on') : t('account.twoFactor.off')}</dd>
      </dl>
      <p className="settings-card__status" role="status">
        {justDisabled && t('account.twoFactor.disabled')}
      </p>
      {enabled ? (
        <>
          <p>{t('account.twoFactor.onText')}</p>
          {twoFactor.required ? (
            <p className="alert alert--info">{t('account.twoFactor.requiredNote')}</p>
          ) : (
            <DisableTwoFactor onDisabled={() => setJustDisabled(true)} />
          )}
        </>
      ) : (
        <>
          <p>
            {twoFactor.required
              ? t('account.twoFactor.requiredText')
              : t('account.twoFactor.offText')}
          </p>
          <button type="button" className="button button--primary" onClick={enable}>
            {t('account.twoFactor.enable')}
          </button>
        </>
      )}
    </section>
  );
}
