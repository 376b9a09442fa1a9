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
