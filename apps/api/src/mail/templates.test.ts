import { describe, expect, it } from 'vitest';
import { MAIL_STRINGS } from './locales/catalogue.js';
import { MAIL_LOCALES, type MailLocale } from './locales/types.js';
import type { NoticeKind } from './security-notice.js';
import { type MailTemplate, portalLink, renderMail } from './templates.js';

const PUBLIC_URL = new URL('https://portal.example.com');
const account = { username: 'alice', tenantDomain: 'acme-123456.tenant' };
const reset: MailTemplate = {
  name: 'password-reset',
  account,
  token: 'tok_abc-123',
  validForMinutes: 60,
  requestedBy: 'self',
};
const changed: MailTemplate = {
  name: 'security-notice',
  account,
  notice: { kind: 'password-changed' },
  origin: {
    at: new Date('2026-03-04T05:06:00Z'),
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  },
};
const NOTICES: NoticeKind[] = [
  { kind: 'two-factor-activated' },
  { kind: 'two-factor-replaced' },
  { kind: 'two-factor-disabled' },
  { kind: 'two-factor-reset-by-administrator' },
  { kind: 'password-changed' },
  { kind: 'password-reset' },
  { kind: 'email-changed', newEmail: 'new@example.test' },
  { kind: 'recovery-code-used', remaining: 0 },
  { kind: 'account-locked', lockedMinutes: 15 },
  { kind: 'passkey-added', passkeyName: 'Laptop' },
  { kind: 'passkey-removed', passkeyName: 'Laptop' },
];
const noticeOfEveryKind = NOTICES.map((notice): MailTemplate => ({ ...changed, notice }));
const created: MailTemplate = {
  name: 'account-created',
  account: { ...account, tenantName: 'Acme Corp' },
  token: 'tok_abc-123',
  validForDays: 7,
};
const RESET_LINK = `https://portal.example.com/password/reset#token=tok_abc-123`;

/** Every key path of a catalogue, so that a language cannot miss one at run time either. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' ? keyPaths(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('mail templates', () => {
  it('have every key in every language', () => {
    const english = keyPaths(MAIL_STRINGS.en).sort();
    for (const locale of MAIL_LOCALES)
      expect(keyPaths(MAIL_STRINGS[locale]).sort()).toEqual(english);
  });

  it.each(MAIL_LOCALES)(
    'render every mail in %s with a subject, a text and an HTML part',
    (locale) => {
      for (const template of [reset, created, ...noticeOfEveryKind]) {
        const mail = renderMail(template, locale, PUBLIC_URL);
        expect(mail.subject.length).toBeGreaterThan(3);
        expect(mail.text).toContain(MAIL_STRINGS[locale].greeting);
        expect(mail.html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
        expect(mail.text).toContain('acme-123456.tenant');
        expect(mail.html).toContain('alice');
        expect(mail.text).not.toMatch(/undefined|NaN|\[object/);
        expect(mail.html).not.toMatch(/undefined|NaN|\[object/);
      }
    },
  );

  it('speak the language: the subjects differ, German and French are not English', () => {
    const subjects = MAIL_LOCALES.map((locale) => renderMail(reset, locale, PUBLIC_URL).subject);
    expect(new Set(subjects).size).toBe(MAIL_LOCALES.length);
    expect(renderMail(reset, 'de', PUBLIC_URL).text).toContain('60 Minuten gültig');
    expect(renderMail(reset, 'fr', PUBLIC_URL).text).toContain('valable 60 minutes');
  });

  it('put the reset link on PUBLIC_URL into both parts, with the token in the fragment', () => {
    const mail = renderMail(reset, 'en', PUBLIC_URL);
    expect(mail.text).toContain(RESET_LINK);
    expect(mail.html).toContain(`href="${RESET_LINK}"`);
    expect(mail.text).toContain('valid for 60 minutes');
    expect(mail.text).not.toContain('?token=');
  });

  it.each<[MailLocale, string, string, string]>([
    [
      'en',
      'Your new Unified Security Portal account',
      'An account was created for you in the Unified Security Portal at Acme Corp',
      '7 days',
    ],
    [
      'de',
      'Ihr neues Konto im Unified Security Portal',
      'für Sie wurde im Unified Security Portal ein Konto bei Acme Corp angelegt',
      '7 Tage gültig',
    ],
    [
      'fr',
      'Votre nouveau compte Unified Security Portal',
      'Un compte Unified Security Portal a été créé pour vous chez Acme Corp',
      '7 jours',
    ],
  ])(
    'word the account-created mail as an invitation in %s, naming tenant, domain and username',
    (locale, subject, intro, validity) => {
      const mail = renderMail(created, locale, PUBLIC_URL);
      expect(mail.subject).toBe(subject);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain(intro);
        expect(part).toContain('acme-123456.tenant');
        expect(part).toContain('alice');
        expect(part).toContain(validity);
        expect(part).toContain(MAIL_STRINGS[locale].accountCreated.action);
      }
      // Not the reset mail: nobody asked for this link, and "ignore it" would be wrong advice.
      expect(mail.text).not.toContain(MAIL_STRINGS[locale].passwordReset.intro(account));
      expect(mail.text).not.toContain(MAIL_STRINGS[locale].passwordReset.ignore);
    },
  );

  it('put the same reset link on PUBLIC_URL into the account-created mail', () => {
    const mail = renderMail(created, 'en', new URL('https://example.org/portal/'));
    const link = `https://example.org/portal/password/reset#token=tok_abc-123`;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain('The link is valid for 7 days and works only once.');
    expect(renderMail({ ...created, validForDays: 1 }, 'de', PUBLIC_URL).text).toContain(
      '1 Tag gültig',
    );
  });

  it('keep a base path of PUBLIC_URL and drop its query', () => {
    const url = portalLink(new URL('https://example.org/portal/?x=1'), '/password/reset', {
      token: 'a b',
    });
    expect(url.href).toBe('https://example.org/portal/password/reset#token=a+b');
  });

  it('escape what they put into HTML: names, and the link itself', () => {
    const hostile: MailTemplate = {
      ...reset,
      account: { username: '<script>alert("x")</script>', tenantDomain: 'a&b.tenant' },
    };
    const mail = renderMail(hostile, 'en', new URL("https://portal.example.com/o'neil&co"));
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('a&amp;b.tenant');
    expect(mail.html).toContain(
      'href="https://portal.example.com/o&#39;neil&amp;co/password/reset#',
    );
    expect(mail.html).not.toMatch(/neil&co/);
    // The text part is plain text: nothing to escape there.
    expect(mail.text).toContain('<script>alert("x")</script>');
  });

  it('link a notice to the tenant sign-in page, with the time in UTC, the IP and the browser', () => {
    const en = renderMail(changed, 'en', PUBLIC_URL);
    expect(en.text).toContain('https://portal.example.com/tenant/acme-123456.tenant/login');
    expect(en.text).toContain('When: March 4, 2026');
    expect(en.text).toContain('UTC');
    expect(en.text).toContain('IP address: 203.0.113.7');
    expect(en.text).toContain('Browser: Firefox 133 on Windows');
    const de = renderMail(changed, 'de', PUBLIC_URL).text;
    expect(de).toContain('4. März 2026');
    expect(de).toContain('Browser: Firefox 133 unter Windows');
    const fr = renderMail(changed, 'fr', PUBLIC_URL).text;
    expect(fr).toContain('4 mars 2026');
    expect(fr).toContain('Navigateur\u00a0: Firefox 133 sous Windows');
  });

  it('say that an administrator asked for the reset link, instead of "ignore it"', () => {
    for (const lang of MAIL_LOCALES) {
      const mail = renderMail({ ...reset, requestedBy: 'administrator' }, lang, PUBLIC_URL);
      const s = MAIL_STRINGS[lang].passwordReset;
      expect(mail.text).toContain(s.introByAdministrator(account));
      expect(mail.text).not.toContain(s.ignore);
      expect(mail.text).not.toContain(s.intro(account));
      expect(mail.text).toContain(RESET_LINK);
    }
  });

  it('say why an account unlinked from the reseller portal needs a password, without "ignore it"', () => {
    for (const lang of MAIL_LOCALES) {
      const mail = renderMail({ ...reset, requestedBy: 'unlinked' }, lang, PUBLIC_URL);
      const s = MAIL_STRINGS[lang].passwordReset;
      expect(mail.text).toContain(s.introUnlinked(account));
      expect(mail.text).toContain(account.username);
      expect(mail.text).not.toContain(s.ignore);
      expect(mail.text).not.toContain(s.intro(account));
      expect(mail.text).toContain(RESET_LINK);
    }
  });

  it('keep French typography: no plain space before : ; ! ? or inside « »', () => {
    const texts = keyPaths(MAIL_STRINGS.fr)
      .map((path) => renderedFrench(path))
      .join('\n');
    expect(texts).not.toMatch(/ [:;!?»]|« /);
    expect(texts).toMatch(/\u202f\?/);
  });

  it('keep French typography in the mails as sent: subject, text and HTML of every template', () => {
    for (const template of [
      reset,
      { ...reset, requestedBy: 'administrator' as const },
      { ...reset, requestedBy: 'unlinked' as const },
      created,
      ...noticeOfEveryKind,
    ]) {
      const mail = renderMail(template, 'fr', PUBLIC_URL);
      const html = mail.html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, '\u00a0');
      for (const part of [mail.subject, mail.text, html]) {
        // A plain space (or none) before : ; ! ? » or after «; "https://" is no punctuation.
        expect(part.replace(/https?:\/\/\S+/g, '')).not.toMatch(/[ \p{L}][:;!?»]|« /u);
      }
    }
  });

  it('address German readers formally: “Guten Tag,” and the sentence after it in lower case', () => {
    for (const template of [reset, created, ...noticeOfEveryKind]) {
      const { text } = renderMail(template, 'de', PUBLIC_URL);
      const [, firstSentence = ''] = /Guten Tag,\s+(\S+)/.exec(text) ?? [];
      expect(firstSentence, text.slice(0, 120)).toMatch(/^([a-zäöü]|Ihr)/);
    }
  });
});

/** Every French string of the catalogue, functions called with sample values. */
function renderedFrench(path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], MAIL_STRINGS.fr);
  if (typeof value !== 'function') return String(value);
  const sample = {
    ...account,
    tenantName: 'Acme',
    newEmail: 'a@b.test',
    remaining: 2,
    lockedMinutes: 5,
  };
  return String(value(path.endsWith('browser') ? { browser: 'X', system: 'Y' } : sample, sample));
}
