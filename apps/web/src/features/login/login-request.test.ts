import { LIMITS } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { tenantDomainOf, toLoginRequest } from './login-request';

describe('toLoginRequest', () => {
  it('trims tenant domain and username but not the password', () => {
    expect(
      toLoginRequest({ tenantDomain: ' a.tenant ', username: '\tjdoe ', password: ' p ' }),
    ).toEqual({
      request: { tenantDomain: 'a.tenant', username: 'jdoe', password: ' p ' },
    });
  });

  it('reports missing fields by the shared schema', () => {
    expect(toLoginRequest({ tenantDomain: '  ', username: '', password: '' })).toEqual({
      errors: { tenantDomain: 'Required', username: 'Required', password: 'Required' },
    });
  });

  it('reports values longer than the shared limits', () => {
    const result = toLoginRequest({
      tenantDomain: 'a'.repeat(LIMITS.tenantDomainMax + 1),
      username: 'u'.repeat(LIMITS.usernameMax),
      password: 'p'.repeat(LIMITS.passwordMax + 1),
    });
    expect(result).toEqual({ errors: { tenantDomain: 'TooLong', password: 'TooLong' } });
  });
});

describe('tenant domain as typed or pasted', () => {
  it('takes the domain out of a pasted tenant link', () => {
    expect(tenantDomainOf('https://portal.example/tenant/acme-123456.tenant/login')).toBe(
      'acme-123456.tenant',
    );
    expect(tenantDomainOf(' http://localhost:3000/tenant/acme.tenant/login?x=1 ')).toBe(
      'acme.tenant',
    );
  });

  it('keeps a plain domain, trimmed', () => {
    expect(tenantDomainOf('  acme.tenant ')).toBe('acme.tenant');
  });
});
