import { permissionsForRoles } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { visibleMenuEntries } from './menu';

describe('visibleMenuEntries', () => {
  it('shows Home to everyone with portal access', () => {
    expect(visibleMenuEntries(permissionsForRoles('customer', ['user'])).map((e) => e.id)).toEqual([
      'home',
    ]);
  });

  it('shows nothing without permissions', () => {
    expect(visibleMenuEntries([])).toEqual([]);
  });
});
