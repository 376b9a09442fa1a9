import { PERMISSIONS, permissionsForRoles } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { MENU, visibleMenuEntries } from './menu';

const ids = (permissions: Parameters<typeof visibleMenuEntries>[0]) =>
  visibleMenuEntries(permissions).map((entry) => entry.id);

describe('visibleMenuEntries', () => {
  it('shows Home, Account and Sessions to every user of a customer tenant', () => {
    expect(ids(permissionsForRoles('customer', ['user']))).toEqual([
      'home',
      'accountSecurity',
      'accountSessions',
    ]);
  });

  it('shows Account and Sessions only with account.manage', () => {
    expect(ids(['portal.access'])).toEqual(['home']);
    expect(visibleMenuEntries(['account.manage']).map((e) => e.href)).toEqual([
      '/account/security',
      '/account/sessions',
    ]);
  });

  it('shows nothing without permissions', () => {
    expect(visibleMenuEntries([])).toEqual([]);
  });

  it('shows everything with every permission, in menu order, each linking to its path', () => {
    expect(visibleMenuEntries(PERMISSIONS)).toEqual([
      { id: 'home', href: '/' },
      { id: 'customers', href: '/customers' },
      { id: 'users', href: '/users' },
      { id: 'tenantSettings', href: '/settings' },
      { id: 'auditLog', href: '/audit' },
      { id: 'accountSecurity', href: '/account/security' },
      { id: 'accountSessions', href: '/account/sessions' },
    ]);
  });

  it.each(PERMISSIONS)(
    'hides exactly the entries whose path names %s when it is missing',
    (missing) => {
      const others = PERMISSIONS.filter((permission) => permission !== missing);
      expect(ids(others)).toEqual(MENU.filter((name) => paths[name].permission !== missing));
    },
  );
});

describe('visibleMenuEntries for administrators', () => {
  it('shows Users, Tenant settings and Audit log to a customer administrator', () => {
    expect(ids(permissionsForRoles('customer', ['admin']))).toEqual([
      'home',
      'users',
      'tenantSettings',
      'auditLog',
      'accountSecurity',
      'accountSessions',
    ]);
  });

  it('shows Users only with users.read', () => {
    expect(visibleMenuEntries(['users.read']).map((e) => e.href)).toEqual(['/users']);
    expect(ids(['users.manage'])).toEqual([]);
  });

  it('shows Tenant settings only with tenant.settings.manage, Audit log only with audit.read', () => {
    expect(visibleMenuEntries(['tenant.settings.manage']).map((e) => e.href)).toEqual([
      '/settings',
    ]);
    expect(visibleMenuEntries(['audit.read']).map((e) => e.href)).toEqual(['/audit']);
  });
});

describe('visibleMenuEntries for resellers', () => {
  it('shows Customers to every reseller user (customers.select)', () => {
    expect(ids(permissionsForRoles('reseller', ['user']))).toEqual([
      'home',
      'customers',
      'accountSecurity',
      'accountSessions',
    ]);
    expect(ids(permissionsForRoles('reseller', ['admin']))).toContain('customers');
  });

  it('shows Customers only with customers.select', () => {
    expect(visibleMenuEntries(['customers.select']).map((e) => e.href)).toEqual(['/customers']);
    expect(ids(permissionsForRoles('customer', ['admin']))).not.toContain('customers');
  });
});
