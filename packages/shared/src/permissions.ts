/**
 * Role → permission statements, declared once. The API checks them on every route and the SPA
 * derives its menus from them, so the two cannot disagree.
 */
export const PERMISSIONS = [
  'portal.access',
  'account.manage',
  'users.read',
  'users.manage',
  'tenant.settings.manage',
  'audit.read',
  'customers.select',
  'customers.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_KEYS = ['admin', 'user'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const TENANT_KINDS = ['reseller', 'customer'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

const CUSTOMER_ROLE_PERMISSIONS = {
  admin: [
    'portal.access',
    'account.manage',
    'users.read',
    'users.manage',
    'tenant.settings.manage',
    'audit.read',
  ],
  user: ['portal.access', 'account.manage'],
} as const satisfies Record<RoleKey, readonly Permission[]>;

/** A reseller's administrators also pick and act in their customers' tenants. */
const RESELLER_ROLE_PERMISSIONS = {
  admin: [...CUSTOMER_ROLE_PERMISSIONS.admin, 'customers.select', 'customers.manage'],
  user: [...CUSTOMER_ROLE_PERMISSIONS.user, 'customers.select'],
} as const satisfies Record<RoleKey, readonly Permission[]>;

export const ROLE_PERMISSIONS: Record<TenantKind, Record<RoleKey, readonly Permission[]>> = {
  customer: CUSTOMER_ROLE_PERMISSIONS,
  reseller: RESELLER_ROLE_PERMISSIONS,
};

/** The union of the permissions that the given roles grant in a tenant of the given kind. */
export function permissionsForRoles(kind: TenantKind, roles: readonly string[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    if (!isRoleKey(role)) continue;
    for (const permission of ROLE_PERMISSIONS[kind][role]) granted.add(permission);
  }
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}
