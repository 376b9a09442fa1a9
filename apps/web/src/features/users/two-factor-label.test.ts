import { describe, expect, it } from 'vitest';
import { twoFactorLabelKey } from './two-factor-label';

describe('twoFactorLabelKey', () => {
  const local = { linkedToResellerPortal: false };

  it('names the second factors in force: app, passkey, both or none', () => {
    expect(twoFactorLabelKey({ ...local, twoFactorMethods: ['totp'] })).toBe('users.twoFactorTotp');
    expect(twoFactorLabelKey({ ...local, twoFactorMethods: ['passkey'] })).toBe(
      'users.twoFactorPasskey',
    );
    expect(twoFactorLabelKey({ ...local, twoFactorMethods: ['passkey', 'totp'] })).toBe(
      'users.twoFactorBoth',
    );
    expect(twoFactorLabelKey({ ...local, twoFactorMethods: [] })).toBe('users.twoFactorOff');
  });

  it('leaves a reseller-portal account to the reseller portal, whatever is stored here', () => {
    expect(twoFactorLabelKey({ linkedToResellerPortal: true, twoFactorMethods: ['totp'] })).toBe(
      'users.twoFactorManaged',
    );
  });
});
