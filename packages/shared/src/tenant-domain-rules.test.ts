import { describe, expect, it } from 'vitest';
import { isTenantDomain, suggestTenantDomain } from './tenant-domain-rules.js';

describe('tenant domains', () => {
  it.each(['acme.tenant', 'acme-123456.tenant', 'a1.b2.tenant', 'x.y'])('accepts %s', (domain) => {
    expect(isTenantDomain(domain)).toBe(true);
  });

  it.each([
    'acme',
    'Acme.tenant',
    '-acme.tenant',
    'acme-.tenant',
    'acme..tenant',
    'ac me.tenant',
    'acme.tenant.',
    `${'a'.repeat(64)}.tenant`,
    `${'a.'.repeat(127)}aa`,
  ])('refuses %s', (domain) => {
    expect(isTenantDomain(domain)).toBe(false);
  });

  it('makes a valid domain from any name, like the help page', () => {
    expect(suggestTenantDomain('Acme Corporation', 123456)).toBe('acme-corporation-123456.tenant');
    expect(suggestTenantDomain('Müller & Söhne GmbH', 42)).toBe('muller-sohne-gmbh-000042.tenant');
    expect(suggestTenantDomain('日本', 7)).toBe('tenant-000007.tenant');
    for (const name of ['a'.repeat(300), '--x--', 'Ünïcödé ☃']) {
      expect(isTenantDomain(suggestTenantDomain(name, 999999))).toBe(true);
    }
  });
});
