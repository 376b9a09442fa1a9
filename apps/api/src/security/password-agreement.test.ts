import { checkPasswordInBrowser, commonPasswordSubset } from '@portal/shared/common-passwords';
import { describe, expect, it } from 'vitest';
import { checkPassword, commonPasswordList } from './password-policy.js';

/**
 * One password judge: the SPA's strength meter takes its first verdict from
 * checkPasswordInBrowser (shared rules, the browser's subset of the breached list). It must never
 * accept what this server refuses for a reason it can know, and never refuse what it accepts.
 */
const account = { username: 'jane.doe', tenantDomain: 'acme-123456.tenant' };

const refusedByBoth = [
  'aaaaaaaaaaaa',
  'password1234',
  'Password1234',
  'PASSWORD1234',
  'qwertyuiopasdf',
  '1qaz2wsx3edc',
  'qwerty123456',
  '123456789012',
  'ｐａｓｓｗｏｒｄ１２３４',
  'short',
  '',
  'x'.repeat(129),
  'my name is jane.doe',
  'I work for Acme-123456',
];

const acceptedByBoth = [
  'violet river',
  'correct horse battery staple',
  'plumvioletriverx',
  'Über den Wolken ☁️',
  'password1234 is what they expect',
  'aaaaaaaaaaaab at dawn',
];

const verdict = (result: { ok: boolean }) => (result.ok ? 'accepted' : 'refused');

describe('the meter and the server agree', () => {
  it.each(refusedByBoth)('both refuse %j', (password) => {
    expect(verdict(checkPassword(password, account))).toBe('refused');
    expect(verdict(checkPasswordInBrowser(password, account))).toBe('refused');
  });

  it.each(acceptedByBoth)('both accept %j', (password) => {
    expect(verdict(checkPassword(password, account))).toBe('accepted');
    expect(verdict(checkPasswordInBrowser(password, account))).toBe('accepted');
  });

  it('give the same reason for every refusal of the list above', () => {
    for (const password of refusedByBoth) {
      expect(checkPasswordInBrowser(password, account), password).toEqual(
        checkPassword(password, account),
      );
    }
  });

  it('leaves the rarer breached passwords to the server (beyond the browser’s subset)', () => {
    // Ranked below the top 200,000: the meter calls it fair, the server refuses it on submit.
    expect(checkPassword('iloveyou1234', account)).toMatchObject({ reason: 'common' });
    expect(checkPasswordInBrowser('iloveyou1234', account)).toEqual({ ok: true });
  });

  it('the browser’s list is a strict subset of the server’s, and every entry is refused by both', () => {
    const subset = commonPasswordSubset();
    const server = commonPasswordList();
    expect(subset.size).toBeGreaterThan(1000);
    expect(subset.size).toBeLessThan(server.kept);
    const context = { username: 'someone', tenantDomain: 'somewhere.tenant' };
    for (const entry of subset) {
      expect(server.has(entry), entry).toBe(true);
      expect(checkPassword(entry, context), entry).toMatchObject({ ok: false, reason: 'common' });
      expect(checkPasswordInBrowser(entry, context), entry).toMatchObject({ reason: 'common' });
    }
  });
});
