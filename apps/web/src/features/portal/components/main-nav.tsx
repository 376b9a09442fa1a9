import type { Permission } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { visibleMenuEntries } from '../menu';

/** The portal's menu, derived from the signed-in user's permissions. */
export function MainNav({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  const entries = visibleMenuEntries(permissions);

  return (
    <nav className="main-nav" aria-label={t('portal.mainNavigation')}>
      <ul className="main-nav__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <NavLink to={entry.href} end className="main-nav__link">
              {t(`portal.menu.${entry.id}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
