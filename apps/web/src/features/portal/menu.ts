import type { Permission } from '@portal/shared';
import { paths } from '@/config/paths';

/** One entry of the main navigation; shown only with its permission. */
export type MenuEntry = {
  id: 'home' | 'customers' | 'users' | 'settings' | 'audit' | 'account' | 'sessions';
  href: string;
  permission: Permission;
};

export const MENU: readonly MenuEntry[] = [
  { id: 'home', href: paths.home.getHref(), permission: 'portal.access' },
  { id: 'customers', href: paths.customers.getHref(), permission: 'customers.select' },
  { id: 'users', href: paths.users.getHref(), permission: 'users.read' },
  { id: 'settings', href: paths.tenantSettings.getHref(), permission: 'tenant.settings.manage' },
  { id: 'audit', href: paths.auditLog.getHref(), permission: 'audit.read' },
  { id: 'account', href: paths.accountSecurity.getHref(), permission: 'account.manage' },
  { id: 'sessions', href: paths.accountSessions.getHref(), permission: 'account.manage' },
];

export function visibleMenuEntries(permissions: readonly Permission[]): MenuEntry[] {
  return MENU.filter((entry) => permissions.includes(entry.permission));
}
