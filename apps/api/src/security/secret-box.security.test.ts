import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyIdOf, parseEncryptionKey, SecretBoxError } from './secret-box.js';

describe('secret box (AES-256-GCM at rest)', () => {
  const key = randomBytes(32);
  const box = createSecretBox(key);

  it('seals and opens, and the ciphertext shows nothing of the plaintext', () => {
    const { ciphertext, keyId } = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(keyId).toBe(keyIdOf(key));
    expect(ciphertext).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(ciphertext, keyId, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('uses a fresh nonce every time', () => {
    const a = box.seal('same', 'user-1').ciphertext;
    const b = box.seal('same', 'user-1').ciphertext;
    expect(a).not.toBe(b);
  });

  it('refuses a ciphertext moved to another owner (row swap)', () => {
    const { ciphertext, keyId } = box.seal('secret', 'user-1');
    expect(() => box.open(ciphertext, keyId, 'user-2')).toThrow(SecretBoxError);
  });

  it('refuses a tampered ciphertext', () => {
    const { ciphertext, keyId } = box.seal('secret', 'user-1');
    const raw = Buffer.from(ciphertext, 'base64url');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => box.open(raw.toString('base64url'), keyId, 'user-1')).toThrow(SecretBoxError);
  });

  it('opens secrets of a retired key after rotation, and seals new ones with the current key', () => {
    const sealedBefore = box.seal('old secret', 'user-1');
    const newKey = randomBytes(32);
    const rotated = createSecretBox(newKey, [key]);
    expect(rotated.open(sealedBefore.ciphertext, sealedBefore.keyId, 'user-1')).toBe('old secret');
    expect(rotated.seal('new', 'user-1').keyId).toBe(keyIdOf(newKey));
    expect(() =>
      createSecretBox(newKey).open(sealedBefore.ciphertext, sealedBefore.keyId, 'user-1'),
    ).toThrow(SecretBoxError);
  });

  it('accepts 32-byte keys as hex or base64 and refuses anything else', () => {
    const raw = randomBytes(32);
    expect(parseEncryptionKey(raw.toString('hex')).equals(raw)).toBe(true);
    expect(parseEncryptionKey(raw.toString('base64url')).equals(raw)).toBe(true);
    expect(parseEncryptionKey(raw.toString('base64')).equals(raw)).toBe(true);
    expect(() => parseEncryptionKey('too-short')).toThrow(SecretBoxError);
    expect(() => parseEncryptionKey(randomBytes(16).toString('hex'))).toThrow(SecretBoxError);
  });
});
