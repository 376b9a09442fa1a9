import { describe, expect, it } from 'vitest';
import { normalizeTenantDomain, normalizeUsername } from './identifiers.js';

describe.each([
  ['normalizeTenantDomain', normalizeTenantDomain],
  ['normalizeUsername', normalizeUsername],
])('%s', (_name, normalize) => {
  it('lower-cases and trims surrounding white space', () => {
    expect(normalize('  ACME-123456.Tenant \t\n')).toBe('acme-123456.tenant');
  });

  it('folds Unicode compatibility forms (full-width letters) to their plain form', () => {
    expect(normalize('ＡＬＩＣＥ')).toBe('alice');
    expect(normalize('ﬁle')).toBe('file');
  });

  it('keeps inner characters, including inner spaces and dots', () => {
    expect(normalize(' Jane Doe.Smith ')).toBe('jane doe.smith');
  });

  it('is idempotent', () => {
    const once = normalize('  ＭiXeD.Case ');
    expect(normalize(once)).toBe(once);
  });

  it('gives the empty string for white space only', () => {
    expect(normalize('   ')).toBe('');
  });
});
