import { describe, expect, it, vi } from 'vitest';
import {
  checkPasswordRules,
  foldPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
  WEAK_PASSWORD_MESSAGES,
  WEAK_PASSWORD_REASONS,
} from './password-rules.js';

const context = { username: 'jane.doe', tenantDomain: 'acme.tenant' };

describe('password rules', () => {
  it('names the limits of the issue: 12 to 128 characters', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([12, 128]);
  });

  it('has a plain-English message for every reason', () => {
    expect(Object.keys(WEAK_PASSWORD_MESSAGES).sort()).toEqual([...WEAK_PASSWORD_REASONS].sort());
    expect(WEAK_PASSWORD_MESSAGES.too_short).toContain('at least 12 characters');
    expect(WEAK_PASSWORD_MESSAGES.too_long).toContain('at most 128 characters');
  });
});

describe('passwordLength', () => {
  it('counts code points after NFKC', () => {
    expect(passwordLength('🦊🦊')).toBe(2);
    expect(passwordLength('cafe\u0301')).toBe(4);
    expect(passwordLength('ﬁ')).toBe(2);
    expect(passwordLength('a b')).toBe(3);
  });
});

describe('foldPassword', () => {
  it('folds case and compatibility forms, and keeps spaces', () => {
    expect(foldPassword(' ＰａｓｓＷord ')).toBe(' password ');
  });
});

describe('checkPasswordRules', () => {
  it('skips the list check when no list is given (the browser)', () => {
    expect(checkPasswordRules('password1234', context)).toEqual({ ok: true });
  });

  it('asks the list with the folded password, only after the length check', () => {
    const isCommon = vi.fn(() => true);
    expect(checkPasswordRules('short', context, isCommon)).toMatchObject({ reason: 'too_short' });
    expect(isCommon).not.toHaveBeenCalled();
    expect(checkPasswordRules('PassWord1234', context, isCommon)).toEqual({
      ok: false,
      reason: 'common',
      message: WEAK_PASSWORD_MESSAGES.common,
    });
    expect(isCommon).toHaveBeenCalledWith('password1234');
  });

  it('ignores white space around the username and tenant domain', () => {
    const padded = { username: '  Jane.Doe ', tenantDomain: ' ACME.tenant ' };
    expect(checkPasswordRules('hello jane.doe!', padded)).toMatchObject({
      reason: 'contains_username',
    });
    expect(checkPasswordRules('hello acme world', padded)).toMatchObject({
      reason: 'contains_tenant_domain',
    });
  });

  it('treats an empty username or tenant domain as nothing to look for', () => {
    expect(checkPasswordRules('a fine long phrase', { username: '', tenantDomain: '' })).toEqual({
      ok: true,
    });
  });
});
