import type { Permission } from '@portal/shared';
import { paths } from '@/config/paths';

/** One entry of the main navigation; shown only with its permission. */
export type MenuEntry = {
  id: 'home' | 'account';
  href: string;
  permission: Permission;
};

/** Later issues add Users, Audit and Customers here, each behind its permission. */
export const MENU: readonly MenuEntry[] = [
  { id: 'home', href: paths.home.getHref(), permission: 'portal.access' },
  { id: 'account', href: paths.accountSecurity.getHref(), permission: 'account.manage' },
];

export function visibleMenuEntries(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((entry) => permissions.includes(entry.permission));
}
