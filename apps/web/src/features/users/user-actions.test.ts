import { describe, expect, it } from 'vitest';
import { availableUserActions } from './user-actions';

describe('availableUserActions', () => {
  it('offers a password reset, and a 2FA reset only when 2FA is on', () => {
    expect(
      availableUserActions({ linkedToResellerPortal: false, twoFactorEnabled: false }),
    ).toEqual(['resetPassword']);
    expect(availableUserActions({ linkedToResellerPortal: false, twoFactorEnabled: true })).toEqual(
      ['resetPassword', 'resetTwoFactor'],
    );
  });

  it('offers no password reset for accounts linked to the reseller portal', () => {
    expect(availableUserActions({ linkedToResellerPortal: true, twoFactorEnabled: true })).toEqual([
      'resetTwoFactor',
    ]);
    expect(availableUserActions({ linkedToResellerPortal: true, twoFactorEnabled: false })).toEqual(
      [],
    );
  });
});
