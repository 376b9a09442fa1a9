import type { AuditEventItem } from '@portal/shared';
import type { TFunction } from 'i18next';

type AuditUser = NonNullable<AuditEventItem['actor']>;

/**
 * How the log names a user: the username, with the home tenant when that is another one (a
 * reseller's user acting in this customer), or "Deleted user". null when there is none (e.g. a
 * failed sign-in with an unknown username).
 */
export function auditUserLabel(
  user: AuditUser | null,
  actingTenantDomain: string,
  t: TFunction,
): string | null {
  if (user === null) return null;
  if (user.username === null) return t('auditLog.deletedUser');
  const fromElsewhere =
    user.tenantDomain !== null &&
    user.tenantDomain.toLowerCase() !== actingTenantDomain.toLowerCase();
  return fromElsewhere
    ? t('auditLog.userInTenant', { username: user.username, tenant: user.tenantDomain })
    : user.username;
}

/** Who did it: a user as above, or the platform operator's command line (no user at all). */
export function auditActorLabel(
  event: AuditEventItem,
  actingTenantDomain: string,
  t: TFunction,
): string | null {
  if (event.actor === null && event.details.actor === 'operator') return t('auditLog.operator');
  return auditUserLabel(event.actor, actingTenantDomain, t);
}

/** When an event happened, to the second. */
export function formatEventTime(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}
