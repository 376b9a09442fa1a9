import type { Permission } from '@portal/shared';
import { paths } from '@/config/paths';

/** One entry of the main navigation; shown only with its permission. */
export type MenuEntry = {
  id: 'home' | 'users' | 'account';
  href: string;
  permission: Permission;
};

/** Later issues add Audit and Customers here, each behind its permission. */
export const MENU: readonly MenuEntry[] = [
  { id: 'home', href: paths.home.getHref(), permission: 'portal.access' },
  { id: 'users', href: paths.users.getHref(), permission: 'users.read' },
  { id: 'account', href: paths.accountSecurity.getHref(), permission: 'account.manage' },
];

export function visibleMenuEntries(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((entry) => permissions.includes(entry.permission));
}
