import type { CookieSerializeOptions } from '@fastify/cookie';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs),
 * and over https Secure with the `__Host-` prefix, which the browser honours only for a Secure,
 * host-only cookie on path `/`, so no sibling sub-domain can plant or overwrite it.
 */
export interface CookieSpec {
  name: string;
  options: CookieSerializeOptions;
}

export function sessionCookie(publicUrl: URL): CookieSpec {
  return cookieSpec(publicUrl, 'portal_session');
}

/** The short-lived cookie that allows only the second sign-in step (two-factor). */
export function pendingCookie(publicUrl: URL): CookieSpec {
  return cookieSpec(publicUrl, 'portal_pending');
}

function cookieSpec(publicUrl: URL, baseName: string): CookieSpec {
  const secure = publicUrl.protocol === 'https:';
  return {
    name: secure ? `__Host-${baseName}` : baseName,
    options: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}
