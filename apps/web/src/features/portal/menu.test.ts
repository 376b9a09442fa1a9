import { permissionsForRoles } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { visibleMenuEntries } from './menu';

describe('visibleMenuEntries', () => {
  it('shows Home and Account to every user of a customer tenant', () => {
    expect(visibleMenuEntries(permissionsForRoles('customer', ['user'])).map((e) => e.id)).toEqual([
      'home',
      'account',
    ]);
  });

  it('shows Account only with account.manage', () => {
    expect(visibleMenuEntries(['portal.access']).map((e) => e.id)).toEqual(['home']);
    expect(visibleMenuEntries(['account.manage']).map((e) => e.href)).toEqual([
      '/account/security',
    ]);
  });

  it('shows nothing without permissions', () => {
    expect(visibleMenuEntries([])).toEqual([]);
  });
});

describe('visibleMenuEntries for user management', () => {
  it('shows Users to a customer administrator (users.read)', () => {
    expect(visibleMenuEntries(permissionsForRoles('customer', ['admin'])).map((e) => e.id)).toEqual(
      ['home', 'users', 'account'],
    );
  });

  it('shows Users only with users.read', () => {
    expect(visibleMenuEntries(['users.read']).map((e) => e.href)).toEqual(['/users']);
    expect(visibleMenuEntries(['users.manage']).map((e) => e.id)).toEqual([]);
  });
});
