import { isLocalPath } from '@/lib/local-path';

/** What a redirect to the login page carries in the router's location state. */
export type LoginLocationState = {
  /** Set when this tab's session no longer exists (expired, revoked, logged out elsewhere). */
  sessionEnded?: boolean;
  /** Set when the two-factor step of a sign-in is over (expired or too many wrong codes). */
  loginExpired?: boolean;
  /** Where to go after signing in again. */
  from?: string;
};

export function readLoginLocationState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const { sessionEnded, loginExpired, from } = state as Record<string, unknown>;
  return {
    sessionEnded: sessionEnded === true,
    loginExpired: loginExpired === true,
    from: isLocalPath(from) ? from : undefined,
  };
}
