import { describe, expect, it } from 'vitest';
import { passkeysUnavailableReason } from './ceremonies.js';

describe('passkeysUnavailableReason', () => {
  it.each([
    'http://localhost:3000',
    'http://portal.localhost',
    'https://portal.example.com',
    'https://portal.example.com/base/',
  ])('is undefined where browsers offer passkeys: %s', (url) => {
    expect(passkeysUnavailableReason(new URL(url))).toBeUndefined();
  });

  it.each([
    ['http://127.0.0.1:3000', 'IP address'],
    ['https://10.0.0.5', 'IP address'],
    ['http://[::1]:3000', 'IP address'],
    ['http://portal.example.com', 'not https'],
  ])('names why browsers refuse %s', (url, reason) => {
    expect(passkeysUnavailableReason(new URL(url))).toContain(reason);
  });
});
