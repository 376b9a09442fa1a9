import type { AuditEventItem } from '@portal/shared';
import type { TFunction } from 'i18next';

type AuditUser = NonNullable<AuditEventItem['actor']>;

/**
 * How the log names a user: the username, with the home tenant when that is another one (a
 * reseller's user acting in this customer), marked when the user was deleted since, or "Deleted
 * user" for an event older than the names kept with events. null when there is none (e.g. a
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
  const names = { username: user.username, tenant: user.tenantDomain };
  if (user.deleted) {
    return fromElsewhere
      ? t('auditLog.deletedUserInTenant', names)
      : t('auditLog.deletedUserNamed', names);
  }
  return fromElsewhere ? t('auditLog.userInTenant', names) : user.username;
}

const SIGN_IN_ATTEMPTS: ReadonlySet<AuditEventItem['type']> = new Set([
  'login.failed',
  'login.locked',
  'login.blocked',
]);

/**
 * To whom it happened: the user, or for a sign-in attempt on an account that does not exist, the
 * tenant domain and username that were tried (recorded with the event; never the password).
 */
export function auditSubjectLabel(
  event: AuditEventItem,
  actingTenantDomain: string,
  t: TFunction,
): string | null {
  const { tenantDomain, username } = event.details;
  if (
    event.subject === null &&
    SIGN_IN_ATTEMPTS.has(event.type) &&
    typeof tenantDomain === 'string' &&
    typeof username === 'string'
  ) {
    return t('auditLog.triedAccount', { username, tenant: tenantDomain });
  }
  return auditUserLabel(event.subject, actingTenantDomain, t);
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
