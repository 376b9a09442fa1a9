import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  permissionsForRoles,
  ROLE_KEYS,
  ROLE_PERMISSIONS,
  TENANT_KINDS,
} from './permissions.js';

describe('role → permission statements', () => {
  it('lists every permission once', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
  });

  // That every role of every tenant kind grants only catalogued permissions is the types' job
  // (`satisfies Record<RoleKey, readonly Permission[]>`); what they allow is checked here.
  it('grants every catalogued permission to some role: none is left that no one can hold', () => {
    const granted = TENANT_KINDS.flatMap((kind) =>
      ROLE_KEYS.flatMap((role) => ROLE_PERMISSIONS[kind][role]),
    );
    expect(PERMISSIONS.filter((permission) => !granted.includes(permission))).toEqual([]);
  });

  it('lists no permission twice for one role', () => {
    for (const kind of TENANT_KINDS) {
      for (const role of ROLE_KEYS) {
        const granted = ROLE_PERMISSIONS[kind][role];
        expect(new Set(granted).size, `${kind}/${role}`).toBe(granted.length);
      }
    }
  });

  it('gives a customer administrator user management but not customer selection', () => {
    const admin = ROLE_PERMISSIONS.customer.admin;
    expect(admin).toEqual(
      expect.arrayContaining(['portal.access', 'account.manage', 'users.read', 'users.manage']),
    );
    expect(admin).toContain('audit.read');
    expect(admin).toContain('tenant.settings.manage');
    expect(admin).not.toContain('customers.select');
  });

  it('gives a customer user only portal access and their own account', () => {
    expect([...ROLE_PERMISSIONS.customer.user].sort()).toEqual(['account.manage', 'portal.access']);
  });

  it('lets both reseller roles select customers, on top of the customer roles', () => {
    for (const role of ROLE_KEYS) {
      expect(ROLE_PERMISSIONS.reseller[role]).toContain('customers.select');
      expect(ROLE_PERMISSIONS.reseller[role]).toEqual(
        expect.arrayContaining([...ROLE_PERMISSIONS.customer[role]]),
      );
    }
    expect(ROLE_PERMISSIONS.reseller.user).not.toContain('users.manage');
  });
});

describe('permissionsForRoles', () => {
  it('is empty without roles', () => {
    expect(permissionsForRoles('customer', [])).toEqual([]);
  });

  it('returns the union of the roles, without duplicates, in catalogue order', () => {
    const granted = permissionsForRoles('customer', ['user', 'admin']);
    expect(granted).toEqual(PERMISSIONS.filter((p) => ROLE_PERMISSIONS.customer.admin.includes(p)));
    expect(new Set(granted).size).toBe(granted.length);
  });

  it('depends on the tenant kind', () => {
    expect(permissionsForRoles('customer', ['user'])).toEqual(['portal.access', 'account.manage']);
    expect(permissionsForRoles('reseller', ['user'])).toEqual([
      'portal.access',
      'account.manage',
      'customers.select',
    ]);
  });

  it('ignores unknown role names, including inherited object keys', () => {
    expect(permissionsForRoles('customer', ['owner', 'ADMIN', 'toString', '__proto__'])).toEqual(
      [],
    );
    expect(permissionsForRoles('customer', ['superuser', 'user'])).toEqual([
      'portal.access',
      'account.manage',
    ]);
  });
});
