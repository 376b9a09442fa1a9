import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { errors } from '../lib/app-error.js';
import { checkPassword, commonPasswordList } from './password-policy.js';

const context = { username: 'jane.doe', tenantDomain: 'acme-123456.tenant' };
const check = (password: string) => checkPassword(password, context);
const reasonOf = (password: string, ctx = context) => {
  const result = checkPassword(password, ctx);
  return result.ok ? 'ok' : result.reason;
};

describe('checkPassword: length (NIST SP 800-63B: 12 to 128)', () => {
  it('refuses 11 characters and accepts 12', () => {
    expect(check('violet river')).toEqual({ ok: true });
    expect(check('violet rive')).toMatchObject({ ok: false, reason: 'too_short' });
  });

  it('accepts 128 characters and refuses 129', () => {
    const at = (n: number) => 'lamp kite '.repeat(13).slice(0, n);
    expect(check(at(PASSWORD_MAX_LENGTH))).toEqual({ ok: true });
    expect(check(at(PASSWORD_MAX_LENGTH + 1))).toMatchObject({ ok: false, reason: 'too_long' });
  });

  it('counts code points: an emoji or an accented letter is one character', () => {
    // 11 letters plus one emoji (two UTF-16 units) = 12 code points.
    expect(check('violetriver🦊')).toEqual({ ok: true });
    // 10 letters plus one emoji = 11 code points, though .length is 12.
    expect('violetrive🦊'.length).toBe(12);
    expect(reasonOf('violetrive🦊')).toBe('too_short');
    // "é" typed as e + combining accent (two code points) is composed to one by NFKC.
    const decomposed = 'cafe\u0301 au lai';
    expect([...decomposed].length).toBe(PASSWORD_MIN_LENGTH);
    expect(reasonOf(decomposed)).toBe('too_short');
    expect(reasonOf('café au lait')).toBe('ok');
  });

  it('counts 128 emoji as 128 characters (256 UTF-16 units)', () => {
    expect(check('🦊'.repeat(PASSWORD_MAX_LENGTH))).toEqual({ ok: true });
    expect(reasonOf('🦊'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('too_long');
  });

  it('refuses the empty password as too short', () => {
    expect(reasonOf('')).toBe('too_short');
  });
});

describe('checkPassword: no composition rules', () => {
  it('accepts spaces, including leading, trailing and only-space runs', () => {
    expect(check('  my cat sleeps  ')).toEqual({ ok: true });
  });

  it('accepts a 16-character all-lower-case random phrase (no digit, capital or symbol needed)', () => {
    expect(check('plumvioletriverx')).toEqual({ ok: true });
  });

  it('accepts any Unicode script', () => {
    expect(check('Über den Wolken ☁️')).toEqual({ ok: true });
    expect(check('παράθυρο στον ήλιο')).toEqual({ ok: true });
  });
});

describe('checkPassword: common and breached passwords', () => {
  it('ships a list of at least 100,000 entries, from both sources', () => {
    const list = commonPasswordList();
    expect(list.listed).toBeGreaterThanOrEqual(100_000);
    expect(list.sources.xato).toBeGreaterThanOrEqual(999_000);
    expect(list.sources.zxcvbn).toBeGreaterThanOrEqual(40_000);
    expect(list.kept).toBeGreaterThan(10_000);
  });

  it.each([
    'password1234',
    'PASSWORD1234',
    'Password1234',
    'qwertyuiop123',
    'QwertyUiop123',
    'iloveyou1234',
    '1qaz2wsx3edc',
  ])('refuses %s', (password) => {
    expect(check(password)).toEqual({
      ok: false,
      reason: 'common',
      message: expect.stringMatching(/common or breached/),
    });
  });

  it('matches list entries written in capitals when typed in lower case', () => {
    // "INSTALLDEVIC" and "Mailcreated5240" are in the list as written here.
    expect(reasonOf('installdevic')).toBe('common');
    expect(reasonOf('MAILCREATED5240')).toBe('common');
  });

  it('matches full-width look-alikes of a listed password (NFKC)', () => {
    expect(reasonOf('ｐａｓｓｗｏｒｄ１２３４')).toBe('common');
  });

  it('does not refuse a password merely because it contains a listed one', () => {
    expect(reasonOf('password1234 is what they expect')).toBe('ok');
  });

  it('loads the list once', () => {
    expect(commonPasswordList()).toBe(commonPasswordList());
  });
});

describe('checkPassword: username and tenant domain', () => {
  it('refuses the username inside the password, in any case', () => {
    expect(check('my name is Jane.Doe')).toEqual({
      ok: false,
      reason: 'contains_username',
      message: 'The password must not contain your username.',
    });
    expect(reasonOf('JANE.DOE rules ok')).toBe('contains_username');
  });

  it('refuses the tenant domain and its first label, in any case', () => {
    expect(reasonOf('ACME-123456.TENANT!')).toBe('contains_tenant_domain');
    expect(reasonOf('I work for Acme-123456')).toBe('contains_tenant_domain');
    const acme = { username: 'jane.doe', tenantDomain: 'acme.tenant' };
    expect(reasonOf('the AcMe rocket skates', acme)).toBe('contains_tenant_domain');
  });

  it('matches usernames written with full-width letters (NFKC)', () => {
    expect(reasonOf('ｊａｎｅ．ｄｏｅ forever')).toBe('contains_username');
  });

  it('does not over-match a very short username or domain label', () => {
    const short = { username: 'al', tenantDomain: 'xy.tenant' };
    expect(reasonOf('always a royal xylophone', short)).toBe('ok');
    // From three characters on, the username counts.
    expect(reasonOf('always a royal xylophone', { ...short, username: 'roy' })).toBe(
      'contains_username',
    );
  });

  it('does not refuse a password that only shares a part of the username', () => {
    expect(reasonOf('jane eats doe-nuts')).toBe('ok');
  });

  it('answers the first broken rule: length before list before context', () => {
    expect(reasonOf('jane.doe')).toBe('too_short');
    expect(reasonOf('password1234', { username: 'password', tenantDomain: 'x.tenant' })).toBe(
      'common',
    );
  });
});

describe('errors.weakPassword', () => {
  it('turns a refusal into 422 weak_password with its reason and message', () => {
    const result = check('qwertyuiop123');
    if (result.ok) throw new Error('expected a refusal');
    const error = errors.weakPassword(result.reason, result.message);
    expect(error).toMatchObject({
      statusCode: 422,
      code: 'weak_password',
      message: result.message,
      extra: { reason: 'common' },
    });
  });
});
