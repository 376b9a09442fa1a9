import { checkPasswordRules } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

const account = { tenantDomain: 'acme-123456.tenant', username: 'jdoe' };
const strength = (password: string) =>
  passwordStrength(password, checkPasswordRules(password, account));

describe('passwordStrength', () => {
  it('is none while empty and weak while a rule is broken', () => {
    expect(strength('')).toBe('none');
    expect(strength('short')).toBe('weak');
    expect(strength('my name is jdoe, hello')).toBe('weak');
  });

  it('grows with the length once the rules are met: 12, 16, 20 characters', () => {
    expect(strength('a'.repeat(12))).toBe('fair');
    expect(strength('a'.repeat(15))).toBe('fair');
    expect(strength('a'.repeat(16))).toBe('good');
    expect(strength('a'.repeat(20))).toBe('strong');
  });

  it('counts characters as people see them (code points)', () => {
    expect(strength('🦊'.repeat(12))).toBe('fair');
    expect(strength('🦊'.repeat(11))).toBe('weak');
  });
});
