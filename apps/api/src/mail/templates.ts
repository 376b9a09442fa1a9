import { SPA_PATHS } from '@portal/shared';
import { type RenderedMail, renderLayout } from './layout.js';
import { MAIL_STRINGS, mailLocale } from './locales/catalogue.js';
import type { AccountRef, MailStrings, NewAccountRef } from './locales/types.js';

/** Every mail the product sends, with what each needs to say. */
export type MailTemplate =
  | { name: 'password-reset'; account: AccountRef; token: string; validForMinutes: number }
  /** To a new account: the same reset link, worded as an invitation to set a first password. */
  | { name: 'account-created'; account: NewAccountRef; token: string; validForDays: number }
  | { name: 'password-changed'; account: AccountRef; changedAt: Date };

/**
 * A link into the portal, always on PUBLIC_URL (never a request's Host header, which an attacker
 * could choose to have reset links point at their own site). PUBLIC_URL may carry a base path.
 */
export function portalLink(publicUrl: URL, path: string, fragment?: Record<string, string>): URL {
  const url = new URL(publicUrl.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  url.hash = fragment ? new URLSearchParams(fragment).toString() : '';
  return url;
}

/** Subject, text and HTML of a mail in the recipient's language (English when unknown). */
export function renderMail(template: MailTemplate, locale: string, publicUrl: URL): RenderedMail {
  const lang = mailLocale(locale);
  const strings = MAIL_STRINGS[lang];
  const common = {
    lang,
    greeting: strings.greeting,
    footer: strings.automatedNotice,
  };
  return renderLayout({ ...common, ...content(template, strings, lang, publicUrl) });
}

function content(template: MailTemplate, strings: MailStrings, lang: string, publicUrl: URL) {
  // Reset and account-created mails both lead to "Change password" with their token.
  const setPasswordAction = (label: string, token: string) => ({
    label,
    // The token rides in the fragment, which browsers never send to a server: it stays out of
    // access logs, proxies and Referer headers.
    url: portalLink(publicUrl, SPA_PATHS.passwordReset, { token }),
    fallback: strings.linkFallback,
  });
  switch (template.name) {
    case 'password-reset': {
      const s = strings.passwordReset;
      return {
        subject: s.subject,
        paragraphs: [s.intro(template.account)],
        action: setPasswordAction(s.action, template.token),
        notes: [s.validity(template.validForMinutes), s.ignore],
      };
    }
    case 'account-created': {
      const s = strings.accountCreated;
      return {
        subject: s.subject,
        paragraphs: [s.intro(template.account)],
        action: setPasswordAction(s.action, template.token),
        notes: [s.validity(template.validForDays)],
      };
    }
    case 'password-changed': {
      const s = strings.passwordChanged;
      const loginPath = `/tenant/${encodeURIComponent(template.account.tenantDomain)}/login`;
      return {
        subject: s.subject,
        paragraphs: [s.intro(template.account, formatUtc(template.changedAt, lang)), s.notYou],
        action: {
          label: s.action,
          url: portalLink(publicUrl, loginPath),
          fallback: strings.linkFallback,
        },
        notes: [],
      };
    }
  }
}

/** We do not know the reader's time zone, so the time is in UTC and says so. */
function formatUtc(date: Date, lang: string): string {
  const format = new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(date)} UTC`;
}
