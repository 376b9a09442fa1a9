/** How often the portal asks the API whether the session is still alive (idle timeouts, revocation). */
export const SESSION_CHECK_INTERVAL_MS = 60_000;

/** Keys of what the SPA keeps in localStorage; nothing secret is stored there. */
export const STORAGE_KEYS = {
  language: 'portal.language',
  lastTenantDomain: 'portal.lastTenantDomain',
} as const;

/** Keys of what the SPA keeps in sessionStorage (this tab only); nothing secret either. */
export const SESSION_STORAGE_KEYS = {
  hadSession: 'portal.hadSession',
  /** Which activation secret this tab showed last (its id, never the secret). */
  shownEnrollment: 'portal.shownEnrollment',
} as const;
