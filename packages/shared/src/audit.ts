/** Every audit event type, named once for the writers (API) and the audit log filters (SPA). */
export const AUDIT_EVENT_TYPES = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'login.blocked',
  'logout',
  'totp.enrollment_started',
  'totp.activated',
  'totp.verified',
  'totp.failed',
  'totp.disabled',
  'totp.reset',
  'recovery_code.used',
  'recovery_code.failed',
  'password.reset_requested',
  'password.reset_refused',
  'password.changed',
  'session.tenant_switched',
  'session.revoked',
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.activated',
  'user.deleted',
  'tenant.settings_changed',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
