export const MAIL_LOCALES = ['en', 'de', 'fr'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** Which account a mail is about, so that people with several accounts know which one. */
export interface AccountRef {
  username: string;
  tenantDomain: string;
}

/** A new account: the tenant's name as well, since its owner may never have heard the domain. */
export interface NewAccountRef extends AccountRef {
  tenantName: string;
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
    action: string;
    validity: (minutes: number) => string;
    ignore: string;
  };
  accountCreated: {
    subject: string;
    intro: (account: NewAccountRef) => string;
    action: string;
    validity: (days: number) => string;
  };
  passwordChanged: {
    subject: string;
    intro: (account: AccountRef, changedAt: string) => string;
    notYou: string;
    action: string;
  };
}
