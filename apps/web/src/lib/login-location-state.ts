/** What a redirect to the login page carries in the router's location state. */
export type LoginLocationState = {
  /** Set when this tab's session no longer exists (expired, revoked, logged out elsewhere). */
  sessionEnded?: boolean;
  /** Where to go after signing in again. */
  from?: string;
};

export function readLoginLocationState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const { sessionEnded, from } = state as Record<string, unknown>;
  return {
    sessionEnded: sessionEnded === true,
    from:
      typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
  };
}
