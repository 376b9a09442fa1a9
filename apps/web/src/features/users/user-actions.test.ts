import { describe, expect, it } from 'vitest';
import { availableUserActions, type UserActionContext } from './user-actions';

const PORTAL_ACCOUNT = {
  linkedToResellerPortal: false,
  twoFactorEnabled: false,
  status: 'active',
} as const;
const LINKED = { ...PORTAL_ACCOUNT, linkedToResellerPortal: true } as const;

const NO_PORTAL: UserActionContext = { resellerPortalEnabled: false, ownAccount: false };
const WITH_PORTAL: UserActionContext = { resellerPortalEnabled: true, ownAccount: false };

describe('availableUserActions', () => {
  it('offers editing, a password reset, deactivating and deleting; a 2FA reset only with 2FA', () => {
    expect(availableUserActions({ ...PORTAL_ACCOUNT, status: 'active' }, NO_PORTAL)).toEqual([
      'edit',
      'resetPassword',
      'deactivate',
      'delete',
    ]);
    expect(availableUserActions({ ...PORTAL_ACCOUNT, twoFactorEnabled: true }, NO_PORTAL)).toEqual([
      'edit',
      'resetPassword',
      'resetTwoFactor',
      'deactivate',
      'delete',
    ]);
  });

  it('offers to activate a deactivated user instead of deactivating', () => {
    expect(availableUserActions({ ...PORTAL_ACCOUNT, status: 'deactivated' }, NO_PORTAL)).toEqual([
      'edit',
      'resetPassword',
      'activate',
      'delete',
    ]);
  });

  it('offers linking to the reseller portal only where one is configured', () => {
    expect(
      availableUserActions({ ...PORTAL_ACCOUNT, twoFactorEnabled: true }, WITH_PORTAL),
    ).toEqual([
      'edit',
      'resetPassword',
      'resetTwoFactor',
      'linkResellerPortal',
      'deactivate',
      'delete',
    ]);
    expect(availableUserActions(PORTAL_ACCOUNT, NO_PORTAL)).not.toContain('linkResellerPortal');
  });

  it('does not offer to link, deactivate or delete the own account', () => {
    expect(
      availableUserActions(PORTAL_ACCOUNT, { resellerPortalEnabled: true, ownAccount: true }),
    ).toEqual(['edit', 'resetPassword']);
    expect(
      availableUserActions(
        { ...PORTAL_ACCOUNT, twoFactorEnabled: true },
        { resellerPortalEnabled: false, ownAccount: true },
      ),
    ).toEqual(['edit', 'resetPassword', 'resetTwoFactor']);
  });

  it('offers no password or 2FA reset for linked accounts, but unlinking, also without a portal', () => {
    for (const context of [WITH_PORTAL, NO_PORTAL]) {
      expect(availableUserActions({ ...LINKED, twoFactorEnabled: true }, context)).toEqual([
        'edit',
        'unlinkResellerPortal',
        'deactivate',
        'delete',
      ]);
    }
    expect(availableUserActions({ ...LINKED, status: 'deactivated' }, WITH_PORTAL)).toEqual([
      'edit',
      'unlinkResellerPortal',
      'activate',
      'delete',
    ]);
  });
});
