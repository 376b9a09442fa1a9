import type { Language } from '@portal/shared';
import type { NoticeKind } from '../security-notice.js';

export { LANGUAGES as MAIL_LOCALES } from '@portal/shared';
export type MailLocale = Language;

/** Which account a mail is about, so that people with several accounts know which one. */
export interface AccountRef {
  username: string;
  tenantDomain: string;
}

/** A new account: the tenant's name as well, since its owner may never have heard the domain. */
export interface NewAccountRef extends AccountRef {
  tenantName: string;
}

/** The browser of a request, from its User-Agent: null parts were not recognised. */
export interface BrowserParts {
  browser: string | null;
  system: string | null;
}

/** What one notice says: what happened (with the facts it needs), and what to do if not you. */
export interface NoticeStrings<Facts = void> {
  subject: string;
  what: (account: AccountRef, facts: Facts) => string;
  notYou: string;
}

/**
 * Every text of every mail, per language. The type makes each language provide every key; the
 * functions take values that are already formatted for the language (dates) or plain numbers.
 */
export interface MailStrings {
  greeting: string;
  /** Above the bare link, for mail clients that do not show the button. */
  linkFallback: string;
  automatedNotice: string;
  passwordReset: {
    subject: string;
    intro: (account: AccountRef) => string;
    /** Instead of the intro when an administrator asked for the link (User options). */
    introByAdministrator: (account: AccountRef) => string;
    /** Instead of the intro after an administrator unlinked the account from the reseller portal. */
    introUnlinked: (account: AccountRef) => string;
    action: string;
    validity: (minutes: number) => string;
    ignore: string;
    /** Instead of "ignore": the administrator's link is how this account gets a password. */
    byAdministratorNote: string;
  };
  accountCreated: {
    subject: string;
    intro: (account: NewAccountRef) => string;
    action: string;
    validity: (days: number) => string;
  };
  /** Security notices: when, from where, and the sign-in button they all share. */
  notice: {
    when: (formattedDate: string) => string;
    ip: (address: string) => string;
    browser: (parts: BrowserParts) => string;
    action: string;
    kinds: NoticeKindStrings;
  };
}

/** One entry per notice kind; `what` takes what that kind reports (the count, the address). */
export type NoticeKindStrings = {
  [K in NoticeKind['kind']]: NoticeStrings<Omit<Extract<NoticeKind, { kind: K }>, 'kind'>>;
};
