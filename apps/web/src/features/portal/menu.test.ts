import { permissionsForRoles } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { visibleMenuEntries } from './menu';

const ids = (permissions: Parameters<typeof visibleMenuEntries>[0]) =>
  visibleMenuEntries(permissions).map((entry) => entry.id);

describe('visibleMenuEntries', () => {
  it('shows Home, Account and Sessions to every user of a customer tenant', () => {
    expect(ids(permissionsForRoles('customer', ['user']))).toEqual(['home', 'account', 'sessions']);
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
});

describe('visibleMenuEntries for administrators', () => {
  it('shows Users, Tenant settings and Audit log to a customer administrator', () => {
    expect(ids(permissionsForRoles('customer', ['admin']))).toEqual([
      'home',
      'users',
      'settings',
      'audit',
      'account',
      'sessions',
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
      'account',
      'sessions',
    ]);
    expect(ids(permissionsForRoles('reseller', ['admin']))).toContain('customers');
  });

  it('shows Customers only with customers.select', () => {
    expect(visibleMenuEntries(['customers.select']).map((e) => e.href)).toEqual(['/customers']);
    expect(ids(permissionsForRoles('customer', ['admin']))).not.toContain('customers');
  });
});
