import { describe, expect, it } from 'vitest';
import { redactedUrl } from './request-log.js';

describe('redactedUrl', () => {
  it('leaves out the query of the reseller-portal callback (code and state)', () => {
    expect(redactedUrl('/api/auth/rsp/callback?code=secret-code&state=s')).toBe(
      '/api/auth/rsp/callback?[redacted]',
    );
    expect(redactedUrl('/api/auth/rsp/login?x=1')).toBe('/api/auth/rsp/login?[redacted]');
  });

  it('keeps other URLs as they are', () => {
    expect(redactedUrl('/api/users?search=ann')).toBe('/api/users?search=ann');
    expect(redactedUrl('/api/auth/rsp/callback')).toBe('/api/auth/rsp/callback');
  });
});
