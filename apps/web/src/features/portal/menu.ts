import type { Permission } from '@portal/shared';
import { type PortalPathName, paths } from '@/config/paths';

/** The main navigation, in its order: portal pages, each shown with the permission of its path. */
export const MENU: readonly PortalPathName[] = [
  'home',
  'customers',
  'users',
  'tenantSettings',
  'auditLog',
  'accountSecurity',
  'accountSessions',
];

/** One entry of the main navigation; its label is `portal.menu.<id>`. */
export type MenuEntry = { id: PortalPathName; href: string };

export function visibleMenuEntries(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((name) => permissions.includes(paths[name].permission)).map((name) => ({
    id: name,
    href: paths[name].getHref(),
  }));
}
