import { checkPasswordInBrowser } from '@portal/shared/common-passwords';
import { describe, expect, it } from 'vitest';
import { passwordStrength } from './password-strength';

const account = { tenantDomain: 'acme-123456.tenant', username: 'jdoe' };
const strength = (password: string) =>
  passwordStrength(password, checkPasswordInBrowser(password, account));

describe('passwordStrength', () => {
  it('is none while empty and weak while a rule is broken', () => {
    expect(strength('')).toBe('none');
    expect(strength('short')).toBe('weak');
    expect(strength('my name is jdoe, hello')).toBe('weak');
  });

  it('grows with the length once the rules are met: 12, 16, 20 characters', () => {
    expect(strength('b'.repeat(11) + 'a')).toBe('fair');
    expect(strength('b'.repeat(14) + 'a')).toBe('fair');
    expect(strength('b'.repeat(15) + 'a')).toBe('good');
    expect(strength('b'.repeat(19) + 'a')).toBe('strong');
  });

  it('is weak for the common passwords the server refuses, in any case', () => {
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'Password1234', 'qwertyuiopasdf']) {
      expect(strength(password), password).toBe('weak');
    }
  });

  it('counts characters as people see them (code points)', () => {
    expect(strength('🦊'.repeat(12))).toBe('fair');
    expect(strength('🦊'.repeat(11))).toBe('weak');
  });
});
