import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes.js';

describe('recovery codes', () => {
  it('makes ten distinct codes of at least 50 bits, grouped for reading aloud', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
    // 12 characters from 32 letters: 60 bits.
    expect(12 * Math.log2(32)).toBeGreaterThanOrEqual(50);
  });

  it('matches what a person types regardless of case, spaces, dashes and look-alikes', () => {
    const hash = hashRecoveryCode('0a1b-2c3d-4e5f');
    expect(hashRecoveryCode('0A1B 2C3D 4E5F')).toBe(hash);
    expect(hashRecoveryCode('oa1b2c3d4e5f')).toBe(hash);
    expect(hashRecoveryCode('0aLb-2c3d-4e5f')).toBe(hash);
    expect(normalizeRecoveryCode(' 0a1b-2c3d-4e5f ')).toBe('0a1b2c3d4e5f');
  });

  it('stores a hash that is not the code', () => {
    const [code] = generateRecoveryCodes(1);
    const hash = hashRecoveryCode(code as string);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeRecoveryCode(code as string));
  });
});
