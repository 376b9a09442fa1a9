import { describe, expect, it } from 'vitest';
import { authenticationSummary, showsMultiFactor } from './mfa-evidence.js';

const ACR_MFA = ['urn:rsp:loa:mfa', 'phr'];

describe('showsMultiFactor', () => {
  it.each([[['pwd', 'mfa']], [['pwd', 'otp']], [['hwk']], [['otp']]])('accepts amr %j', (amr) => {
    expect(showsMultiFactor({ amr }, [])).toBe(true);
  });

  it.each([
    ['a password only', { amr: ['pwd'] }],
    ['no amr and no acr', {}],
    ['an empty amr', { amr: [] }],
    ['amr as a string instead of an array', { amr: 'mfa' }],
    ['amr with other types', { amr: [1, null, { mfa: true }] }],
    ['amr values in another case', { amr: ['MFA', 'OTP'] }],
    ['amr values that only contain the word', { amr: ['mfa-pending', 'no-otp'] }],
    ['software keys and sms, not listed', { amr: ['swk', 'sms', 'pin'] }],
    ['an acr not configured as MFA', { acr: 'urn:rsp:loa:pwd' }],
    ['an acr array', { acr: ['urn:rsp:loa:mfa'] }],
  ])('refuses %s', (_what, claims) => {
    expect(showsMultiFactor(claims, ACR_MFA)).toBe(false);
  });

  it('accepts an acr configured as MFA, with amr only pwd', () => {
    expect(showsMultiFactor({ amr: ['pwd'], acr: 'urn:rsp:loa:mfa' }, ACR_MFA)).toBe(true);
    expect(showsMultiFactor({ acr: 'phr' }, ACR_MFA)).toBe(true);
  });

  it('accepts no acr at all when none is configured', () => {
    expect(showsMultiFactor({ acr: 'urn:rsp:loa:mfa' }, [])).toBe(false);
    expect(showsMultiFactor({ acr: '' }, [])).toBe(false);
  });
});

describe('authenticationSummary', () => {
  it('keeps well-formed amr and acr for the audit log', () => {
    expect(authenticationSummary({ amr: ['pwd', 'otp'], acr: '1' })).toEqual({
      amr: ['pwd', 'otp'],
      acr: '1',
    });
  });

  it('drops what is not a short string', () => {
    expect(authenticationSummary({ amr: ['pwd', 7, 'x'.repeat(65)], acr: { a: 1 } })).toEqual({
      amr: ['pwd'],
      acr: null,
    });
    expect(authenticationSummary({ amr: 'pwd' })).toEqual({ amr: [], acr: null });
  });
});
