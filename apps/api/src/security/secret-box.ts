import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets at rest (TOTP secrets). Each ciphertext names the key that sealed it
 * (an id derived from the key), so keys can be rotated: new secrets use the current key, older
 * ones still open with a retired key until they are re-activated. The additional data binds a
 * ciphertext to its owner, so a row copied onto another user does not decrypt.
 */
export interface SecretBox {
  currentKeyId: string;
  seal(plaintext: string, owner: string): { ciphertext: string; keyId: string };
  open(ciphertext: string, keyId: string, owner: string): string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

export function parseEncryptionKey(raw: string): Buffer {
  const trimmed = raw.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64url');
  if (key.length !== 32) {
    throw new SecretBoxError('An encryption key must be 32 bytes, as 64 hex digits or base64');
  }
  return key;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function createSecretBox(current: Buffer, retired: Buffer[] = []): SecretBox {
  const keys = new Map([current, ...retired].map((key) => [keyIdOf(key), key]));
  const currentKeyId = keyIdOf(current);
  return {
    currentKeyId,
    seal(plaintext, owner) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv).setAAD(Buffer.from(owner));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const ciphertext = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
      return { ciphertext, keyId: currentKeyId };
    },
    open(ciphertext, keyId, owner) {
      const key = keys.get(keyId);
      if (!key) throw new SecretBoxError(`No encryption key with id ${keyId} is configured`);
      const raw = Buffer.from(ciphertext, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES))
          .setAAD(Buffer.from(owner))
          .setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretBoxError('A sealed secret failed to open (wrong key, owner or tampered)');
      }
    },
  };
}
