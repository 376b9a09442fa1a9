/** Every audit event type, named once for the writers (API) and the audit log filters (SPA). */
export const AUDIT_EVENT_TYPES = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'login.blocked',
  'logout',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
