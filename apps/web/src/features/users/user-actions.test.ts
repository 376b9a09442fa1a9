import { describe, expect, it } from 'vitest';
import { availableUserActions } from './user-actions';

const PORTAL_ACCOUNT = {
  linkedToResellerPortal: false,
  twoFactorEnabled: false,
  status: 'active',
} as const;

describe('availableUserActions', () => {
  it('offers editing, a password reset, deactivating and deleting; a 2FA reset only with 2FA', () => {
    expect(availableUserActions({ ...PORTAL_ACCOUNT, status: 'active' })).toEqual([
      'edit',
      'resetPassword',
      'deactivate',
      'delete',
    ]);
    expect(availableUserActions({ ...PORTAL_ACCOUNT, twoFactorEnabled: true })).toEqual([
      'edit',
      'resetPassword',
      'resetTwoFactor',
      'deactivate',
      'delete',
    ]);
  });

  it('offers to activate a deactivated user instead of deactivating', () => {
    expect(availableUserActions({ ...PORTAL_ACCOUNT, status: 'deactivated' })).toEqual([
      'edit',
      'resetPassword',
      'activate',
      'delete',
    ]);
  });

  it('offers no password reset for accounts linked to the reseller portal', () => {
    const linked = { ...PORTAL_ACCOUNT, linkedToResellerPortal: true } as const;
    expect(availableUserActions({ ...linked, twoFactorEnabled: true })).toEqual([
      'edit',
      'resetTwoFactor',
      'deactivate',
      'delete',
    ]);
    expect(availableUserActions(linked)).toEqual(['edit', 'deactivate', 'delete']);
  });
});
