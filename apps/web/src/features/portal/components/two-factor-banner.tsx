import type { MeResponse } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format-date';
import type { TwoFactorSetupState } from '@/lib/two-factor-setup-state';

/**
 * Information (not an error) while 2FA is required but not yet on and the tenant's grace period
 * runs: after the date, signing in is blocked until activation, so the banner leads straight there.
 */
export function TwoFactorBanner({ twoFactor }: { twoFactor: MeResponse['twoFactor'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { required, enabled, graceUntil } = twoFactor;
  if (!required || enabled || graceUntil === null) return null;

  const date = formatDate(graceUntil, i18n.resolvedLanguage);
  const state: TwoFactorSetupState = { from: pathname };

  return (
    <section className="banner" aria-label={t('portal.twoFactorBanner.label')}>
      <p className="banner__text">{t('portal.twoFactorBanner.text', { date })}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => navigate(paths.twoFactorSetup.getHref(), { state })}
      >
        {t('portal.twoFactorBanner.enable')}
      </button>
    </section>
  );
}
