import type { SessionListItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/format-date';
import { browserLabel, startedToTheSecond } from '../session-labels';

type SessionsTableProps = {
  sessions: readonly SessionListItem[];
  busy: boolean;
  /** The session whose revocation is under way: its button shows a spinner. */
  revokingId: string | null;
  onRevoke: (session: SessionListItem) => void;
};

/** The user's sessions, the browser as the row header; every one but this one can be revoked. */
export function SessionsTable({ sessions, busy, revokingId, onRevoke }: SessionsTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('sessions.caption')} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('sessions.columns.browser')}</th>
          <th scope="col">{t('sessions.columns.ip')}</th>
          <th scope="col">{t('sessions.columns.started')}</th>
          <th scope="col">{t('sessions.columns.lastSeen')}</th>
          <th scope="col">{t('sessions.columns.actingTenant')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('sessions.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            revoking={revokingId === session.id}
            onRevoke={onRevoke}
          />
        ))}
      </tbody>
    </DataTable>
  );
}

type SessionRowProps = {
  session: SessionListItem;
  revoking: boolean;
  onRevoke: (session: SessionListItem) => void;
};

function SessionRow({ session, revoking, onRevoke }: SessionRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const browser = browserLabel(session, t);

  return (
    <tr>
      <th scope="row">
        {browser}
        {session.current && (
          <>
            {' '}
            <span className="badge">{t('sessions.thisSession')}</span>
          </>
        )}
      </th>
      <td>
        {session.ip ?? (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('sessions.unknownIp')}</span>
          </>
        )}
      </td>
      <td>{formatDateTime(session.createdAt, language)}</td>
      <td>{formatDateTime(session.lastSeenAt, language)}</td>
      <td>
        {session.actingTenant.name} <span className="muted">({session.actingTenant.domain})</span>
      </td>
      <td className="data-table__actions">
        {/* The current session ends with "Log out"; revoking it here would sign out mid-page. */}
        {!session.current && (
          <button
            type="button"
            className="button button--secondary"
            aria-busy={revoking}
            onClick={() => onRevoke(session)}
          >
            {revoking && <span className="button__spinner" aria-hidden="true" />}
            {t('sessions.revoke')}
            <span className="visually-hidden">
              {' '}
              {t('sessions.revokeWhich', {
                browser,
                started: startedToTheSecond(session, language),
              })}
            </span>
          </button>
        )}
      </td>
    </tr>
  );
}
