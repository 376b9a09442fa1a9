import { ERROR_CODES, type ErrorCode } from '@portal/shared';
import { isLocalPath } from '@/lib/local-path';

/** A message the login page opens with, announced politely (role=status). */
export const LOGIN_NOTICES = [
  'passwordChanged',
  'signedOut',
  'activationCancelled',
  'sessionRevoked',
  'sessionExpired',
] as const;
export type LoginNotice = (typeof LOGIN_NOTICES)[number];

/**
 * What the login page says when a request found no session: the API tells an ended session
 * (revoked) and a timed-out one apart; a plain 401 is "ended" only if this tab had a session.
 */
export function sessionEndState(code: ErrorCode, hadSession: boolean): LoginLocationState {
  if (code === ERROR_CODES.SESSION_REVOKED) return { notice: 'sessionRevoked' };
  if (code === ERROR_CODES.SESSION_EXPIRED) return { notice: 'sessionExpired' };
  return { sessionEnded: hadSession };
}

/** What a redirect to the login page carries in the router's location state. */
export type LoginLocationState = {
  /** Set when this tab's session no longer exists (expired, revoked, logged out elsewhere). */
  sessionEnded?: boolean;
  /** Set when the two-factor step of a sign-in is over (expired or too many wrong codes). */
  loginExpired?: boolean;
  /** Set after a password reset: the new password is to be used now. */
  passwordChanged?: boolean;
  /** Why the login page opens: signed out, or the session ended (see `LoginNotice`). */
  notice?: LoginNotice;
  /** Set after logging out of a reseller-portal sign-in: offers to end the portal's session too. */
  resellerPortalSignedOut?: boolean;
  /** Opens "Password forgotten?" at once (a reset link that no longer works asks for a new one). */
  passwordForgotten?: boolean;
  /** Pre-fills the username (the account of a reset link). */
  username?: string;
  /** Where to go after signing in again. */
  from?: string;
};

export function readLoginLocationState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const {
    sessionEnded,
    loginExpired,
    passwordChanged,
    notice,
    resellerPortalSignedOut,
    passwordForgotten,
    username,
    from,
  } = state as Record<string, unknown>;
  return {
    sessionEnded: sessionEnded === true,
    loginExpired: loginExpired === true,
    passwordChanged: passwordChanged === true,
    notice: LOGIN_NOTICES.find((known) => known === notice),
    resellerPortalSignedOut: resellerPortalSignedOut === true,
    passwordForgotten: passwordForgotten === true,
    username: typeof username === 'string' ? username : undefined,
    from: isLocalPath(from) ? from : undefined,
  };
}
