import { type Language, SPA_PATHS } from '@portal/shared';
import { browserParts } from '../lib/browser-label.js';
import { type RenderedMail, renderLayout } from './layout.js';
import { MAIL_STRINGS } from './locales/catalogue.js';
import type { AccountRef, MailStrings, NewAccountRef } from './locales/types.js';
import type { NoticeKind, NoticeOrigin } from './security-notice.js';

/** Every mail the product sends, with what each needs to say. */
export type MailTemplate =
  | {
      name: 'password-reset';
      account: AccountRef;
      token: string;
      validForMinutes: number;
      /**
       * An administrator's link (User options) says so, instead of "ignore it if not you"; after
       * unlinking from the reseller portal it says why the account needs a password now.
       */
      requestedBy: 'self' | 'administrator' | 'unlinked';
    }
  /** To a new account: the same reset link, worded as an invitation to set a first password. */
  | { name: 'account-created'; account: NewAccountRef; token: string; validForDays: number }
  /** What changed on the account, when, from where, and what to do if it was not its owner. */
  | { name: 'security-notice'; account: AccountRef; notice: NoticeKind; origin: NoticeOrigin };

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

/** Subject, text and HTML of a mail in the recipient's language. */
export function renderMail(template: MailTemplate, lang: Language, publicUrl: URL): RenderedMail {
  const strings = MAIL_STRINGS[lang];
  const common = {
    lang,
    greeting: strings.greeting,
    footer: strings.automatedNotice,
  };
  return renderLayout({ ...common, ...content(template, strings, lang, publicUrl) });
}

function content(template: MailTemplate, strings: MailStrings, lang: Language, publicUrl: URL) {
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
      const byAdministrator = template.requestedBy !== 'self';
      const intro = {
        self: s.intro,
        administrator: s.introByAdministrator,
        unlinked: s.introUnlinked,
      }[template.requestedBy];
      return {
        subject: s.subject,
        paragraphs: [intro(template.account)],
        action: setPasswordAction(s.action, template.token),
        notes: [
          s.validity(template.validForMinutes),
          byAdministrator ? s.byAdministratorNote : s.ignore,
        ],
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
    case 'security-notice': {
      const s = strings.notice;
      const { notice, origin, account } = template;
      // TypeScript cannot tie the notice's kind to its entry; each entry reads its own facts.
      const kind = s.kinds[notice.kind] as {
        subject: string;
        what: (account: AccountRef, facts: NoticeKind) => string;
        notYou: string;
      };
      const loginPath = `/tenant/${encodeURIComponent(account.tenantDomain)}/login`;
      return {
        subject: kind.subject,
        paragraphs: [kind.what(account, notice)],
        facts: [
          s.when(formatUtc(origin.at, lang)),
          s.ip(origin.ip),
          s.browser(browserParts(origin.userAgent)),
        ],
        action: {
          label: s.action,
          url: portalLink(publicUrl, loginPath),
          fallback: strings.linkFallback,
        },
        notes: [kind.notYou],
      };
    }
  }
}

/** We do not know the reader's time zone, so the time is in UTC and says so. */
function formatUtc(date: Date, lang: Language): string {
  const format = new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return `${format.format(date)} UTC`;
}
