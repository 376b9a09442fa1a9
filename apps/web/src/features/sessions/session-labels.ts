import type { SessionListItem } from '@portal/shared';
import type { TFunction } from 'i18next';

/** The browser as the API names it ("Firefox 133 on Windows"), or "Unknown browser". */
export function browserLabel(session: SessionListItem, t: TFunction): string {
  return session.browser ?? t('sessions.unknownBrowser');
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
