import { ROLE_KEYS, type RoleKey } from '@portal/shared';
import { useTranslation } from 'react-i18next';

function isRoleKey(role: string): role is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(role);
}

/** Known roles by their translated name; unknown ones (added later) as they come. */
export function RoleList({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <>{t('portal.home.account.noRoles')}</>;
  return (
    <ul className="tag-list">
      {roles.map((role) => (
        <li key={role} className="tag">
          {isRoleKey(role) ? t(`common.roles.${role}`) : role}
        </li>
      ))}
    </ul>
  );
}
