import type { AuditEventItem } from '@portal/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { auditActorLabel, auditSubjectLabel, formatEventTime } from '../audit-labels';
import { eventLabelKey } from '../event-types';

type AuditEventsTableProps = {
  events: readonly AuditEventItem[];
  /** Whose domain is "here": users of other tenants (a reseller's) are named with theirs. */
  actingTenantDomain: string;
  busy: boolean;
};

/** The events, newest first, the time as the row header. */
export function AuditEventsTable({ events, actingTenantDomain, busy }: AuditEventsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable caption={t('auditLog.caption')} busy={busy}>
      <thead>
        <tr>
          <th scope="col">{t('auditLog.columns.time')}</th>
          <th scope="col">{t('auditLog.columns.event')}</th>
          <th scope="col">{t('auditLog.columns.actor')}</th>
          <th scope="col">{t('auditLog.columns.subject')}</th>
          <th scope="col">{t('auditLog.columns.ip')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <th scope="row">
              <time dateTime={event.createdAt}>
                {formatEventTime(event.createdAt, i18n.resolvedLanguage)}
              </time>
            </th>
            <td>{t(`auditLog.types.${eventLabelKey(event.type)}`)}</td>
            <td>
              <UserCell label={auditActorLabel(event, actingTenantDomain, t)} />
            </td>
            <td>
              <UserCell label={auditSubjectLabel(event, actingTenantDomain, t)} />
            </td>
            <td>{event.ip ?? <Missing label={t('auditLog.unknownIp')} />}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function UserCell({ label }: { label: string | null }) {
  const { t } = useTranslation();
  return label === null ? <Missing label={t('auditLog.noUser')} /> : label;
}

/** A dash for the eye, words for screen readers. */
function Missing({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
