import { describe, expect, it } from 'vitest';
import { groupSecret } from './secret';

describe('groupSecret', () => {
  it('groups a base32 secret in fours, with a shorter last group', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('ignores spaces already there and copes with nothing', () => {
    expect(groupSecret(' AB CDEF ')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });
});
