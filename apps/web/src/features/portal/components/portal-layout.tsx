import type { MeResponse } from '@portal/shared';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageHeadingFocus } from '@/hooks/use-page-heading-focus';
import { MainNav } from './main-nav';
import { PortalHeader } from './portal-header';
import { TwoFactorBanner } from './two-factor-banner';

export const MAIN_CONTENT_ID = 'main-content';

/** The signed-in frame: skip link, header, menu and the page in <main> (with notices first). */
export function PortalLayout({ me, children }: { me: MeResponse; children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  usePageHeadingFocus(main);
  return (
    <div className="portal">
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('portal.skipToContent')}
      </a>
      <PortalHeader me={me} />
      <div className="portal__body">
        <MainNav permissions={me.permissions} />
        {/* tabIndex -1 lets the skip link move keyboard focus here, not only scroll. */}
        <main ref={main} id={MAIN_CONTENT_ID} className="portal__main" tabIndex={-1}>
          {/* Signed in through the reseller portal: 2FA is the portal's, nothing to enable here. */}
          {me.session.authMethod === 'local' && <TwoFactorBanner twoFactor={me.twoFactor} />}
          {children}
        </main>
      </div>
    </div>
  );
}
