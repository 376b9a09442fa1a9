import { Type } from 'typebox';

export const SessionListItem = Type.Object({
  id: Type.String(),
  /** The session this request came with. */
  current: Type.Boolean(),
  /** The browser as the User-Agent names it ("Firefox"); null when not recognised. */
  browser: Type.Union([Type.String(), Type.Null()]),
  /** The system it runs on ("Windows", "iPhone"); null when not recognised. */
  system: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  /** The tenant the session acts in (a reseller's sessions may act in a customer's). */
  actingTenant: Type.Object({ domain: Type.String(), name: Type.String() }),
});
export type SessionListItem = Type.Static<typeof SessionListItem>;

/** The signed-in user's own active sessions, most recently seen first. */
export const SessionListResponse = Type.Object({ items: Type.Array(SessionListItem) });
export type SessionListResponse = Type.Static<typeof SessionListResponse>;

export const SessionIdParams = Type.Object({ sessionId: Type.String({ format: 'uuid' }) });
export type SessionIdParams = Type.Static<typeof SessionIdParams>;

export const RevokeOthersResponse = Type.Object({ revoked: Type.Integer() });
export type RevokeOthersResponse = Type.Static<typeof RevokeOthersResponse>;
