import type { SessionListItem } from '@portal/shared';
import type { TFunction } from 'i18next';

/**
 * Browser and system as the API recognised them, joined in the reader's language: "Chrome on
 * Windows", "Firefox", "Unknown browser on Linux", or "Unknown browser".
 */
export function browserLabel(
  session: Pick<SessionListItem, 'browser' | 'system'>,
  t: TFunction,
): string {
  const { browser, system } = session;
  if (system === null) return browser ?? t('sessions.unknownBrowser');
  return browser === null
    ? t('sessions.unknownBrowserOn', { system })
    : t('sessions.browserOn', { browser, system });
}

/**
 * When the session started, to the second: it tells apart two sessions of one browser in the
 * name of their "Revoke" buttons.
 */
export function startedToTheSecond(session: SessionListItem, language: string | undefined): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(session.createdAt),
  );
}
