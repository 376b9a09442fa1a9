import { describe, expect, it } from 'vitest';
import { generateResetToken, hashResetToken, RESET_TOKEN_BYTES } from './reset-tokens.js';

describe('password reset tokens', () => {
  it('are 256 random bits, URL-safe, and never repeat', () => {
    const tokens = new Set(Array.from({ length: 200 }, generateResetToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(RESET_TOKEN_BYTES);
    }
  });

  it('are stored as a hash that does not contain the token', () => {
    const token = generateResetToken();
    const hash = hashResetToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashResetToken(token)).toBe(hash);
    expect(hashResetToken(`${token}x`)).not.toBe(hash);
  });
});
