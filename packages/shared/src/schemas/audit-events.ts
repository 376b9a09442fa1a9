import { Type } from 'typebox';
import { AUDIT_EVENT_TYPES } from '../audit.js';
import { CursorField } from './input-rules.js';

export const AuditEventQuery = Type.Object(
  {
    /** Events where this user is the actor or the subject. */
    userId: Type.Optional(Type.String({ format: 'uuid' })),
    type: Type.Optional(Type.Enum(AUDIT_EVENT_TYPES)),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    /** Keyset paging on (createdAt, id): the events older than the previous page's last. */
    cursor: Type.Optional(CursorField),
  },
  { additionalProperties: false },
);
export type AuditEventQuery = Type.Static<typeof AuditEventQuery>;

const AuditUser = Type.Object({
  id: Type.String(),
  /**
   * The current username; for a user deleted since, the one the event recorded. null only for a
   * deleted user of an event written before events kept names.
   */
  username: Type.Union([Type.String(), Type.Null()]),
  /** As `username`: the current display name, or the recorded one of a deleted user. */
  displayName: Type.Union([Type.String(), Type.Null()]),
  /** The user no longer exists. */
  deleted: Type.Boolean(),
  /** The actor's home tenant: a reseller's domain when a reseller user acted in a customer. */
  tenantDomain: Type.Union([Type.String(), Type.Null()]),
});

export const AuditEventItem = Type.Object({
  id: Type.String(),
  type: Type.Enum(AUDIT_EVENT_TYPES),
  createdAt: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([AuditUser, Type.Null()]),
  subject: Type.Union([AuditUser, Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEventItem = Type.Static<typeof AuditEventItem>;

/** Newest first (by time, then id); `nextCursor` is null on the last page. */
export const AuditEventListResponse = Type.Object({
  items: Type.Array(AuditEventItem),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEventListResponse = Type.Static<typeof AuditEventListResponse>;
