import { describe, expect, it } from 'vitest';
import { isTwoFactorRequired, secondStepAfterPassword } from './two-factor-policy.js';

const now = new Date('2026-11-28T12:00:00Z');
const admins = { twoFactorRequiredFor: 'admins' as const, twoFactorGraceUntil: null };
const all = { twoFactorRequiredFor: 'all' as const, twoFactorGraceUntil: null };
const inGrace = { ...admins, twoFactorGraceUntil: new Date('2026-12-01T00:00:00Z') };
const graceOver = { ...admins, twoFactorGraceUntil: new Date('2026-11-01T00:00:00Z') };

describe('two-factor policy', () => {
  it('requires 2FA of administrators by default, and of everyone when the tenant says so', () => {
    expect(isTwoFactorRequired(admins, ['admin'])).toBe(true);
    expect(isTwoFactorRequired(admins, ['user'])).toBe(false);
    expect(isTwoFactorRequired(all, ['user'])).toBe(true);
  });

  it('asks for the code whenever the user has 2FA, required or not', () => {
    expect(secondStepAfterPassword(admins, { roles: ['user'], hasSecondFactor: true }, now)).toBe(
      'totp',
    );
  });

  it('leads a required user without 2FA into activation, unless a grace deadline is ahead', () => {
    expect(secondStepAfterPassword(admins, { roles: ['admin'], hasSecondFactor: false }, now)).toBe(
      'enrollment',
    );
    expect(
      secondStepAfterPassword(graceOver, { roles: ['admin'], hasSecondFactor: false }, now),
    ).toBe('enrollment');
    expect(
      secondStepAfterPassword(inGrace, { roles: ['admin'], hasSecondFactor: false }, now),
    ).toBe('none');
  });

  it('lets a user who need not use 2FA in with the password alone', () => {
    expect(secondStepAfterPassword(admins, { roles: ['user'], hasSecondFactor: false }, now)).toBe(
      'none',
    );
  });
});
