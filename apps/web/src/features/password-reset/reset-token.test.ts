import { describe, expect, it } from 'vitest';
import { isResetToken, readResetToken } from './reset-token';

describe('readResetToken', () => {
  it('reads the token from the fragment', () => {
    expect(readResetToken('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(readResetToken('token=abc')).toBe('abc');
    expect(readResetToken('#x=1&token=abc')).toBe('abc');
  });

  it('answers "" without a token', () => {
    expect(readResetToken('')).toBe('');
    expect(readResetToken('#')).toBe('');
    expect(readResetToken('#other=1')).toBe('');
  });
});

describe('isResetToken', () => {
  it('accepts what the API schema accepts', () => {
    expect(isResetToken('a'.repeat(43))).toBe(true);
    expect(isResetToken('')).toBe(false);
    expect(isResetToken('a'.repeat(129))).toBe(false);
  });
});
