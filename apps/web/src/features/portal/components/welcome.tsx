import type { MeResponse } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { AccountCard } from './account-card';

/** The start page after signing in. */
export function Welcome({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('portal.home.welcome', { name: me.user.displayName || me.user.username })}</h1>
      <p className="page__intro">{t('portal.home.intro')}</p>
      <AccountCard me={me} />
    </div>
  );
}
