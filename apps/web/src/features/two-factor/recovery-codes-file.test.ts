import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { recoveryCodesFileText } from './recovery-codes-file';

const CODES = ['aaaa-bbbb', 'cccc-dddd'];
const CREATED = new Date('2026-03-15T12:00:00Z');

describe('recoveryCodesFileText', () => {
  it('names the tenant and the user, the date, and lists every code on its own line', () => {
    const text = recoveryCodesFileText({
      codes: CODES,
      account: { tenantDomain: 'acme.tenant', username: 'admin' },
      accountName: 'admin@acme.tenant',
      createdAt: CREATED,
      language: 'en',
      t: i18next.t,
    });
    expect(text).toBe(
      [
        'Unified Security Portal – recovery codes',
        '',
        'Tenant domain: acme.tenant',
        'Username: admin',
        'Created: March 15, 2026',
        '',
        'aaaa-bbbb',
        'cccc-dddd',
        '',
        'Each code works only once.',
        '',
      ].join('\n'),
    );
  });

  it('falls back to the account name of the authenticator app', () => {
    const text = recoveryCodesFileText({
      codes: CODES,
      account: undefined,
      accountName: 'admin@acme.tenant',
      createdAt: CREATED,
      language: 'en',
      t: i18next.t,
    });
    expect(text).toContain('Account: admin@acme.tenant\n');
    expect(text).not.toContain('Username');
  });
});
