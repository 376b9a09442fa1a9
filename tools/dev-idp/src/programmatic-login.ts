// Signs in at the development provider without a browser, for integration tests: follows the
// redirects, carries the cookies and posts the login form like a browser would.

export interface ProgrammaticLoginInput {
  /** The client's authorization request URL (built with openid-client, say). */
  authorizationUrl: string | URL;
  username: string;
  password: string;
  /** Any 6 digits, for accounts with two-factor authentication. */
  otp?: string;
  /**
   * The "browser" cookies; pass a jar to keep the provider session afterwards (for a logout at
   * the provider, say). A new, empty one by default.
   */
  cookies?: DevIdpCookieJar;
}

/** The sign-in stopped at the provider: a login error (wrong password) or an error page. */
export class DevIdpLoginError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'DevIdpLoginError';
  }
}

const MAX_STEPS = 20;

/**
 * Returns the URL the provider finally redirects to, off the provider: the client's redirect URI
 * with `code`, `state` and `iss` (or `error`, when the provider refuses the request).
 */
export async function loginProgrammatically(input: ProgrammaticLoginInput): Promise<URL> {
  const cookies = input.cookies ?? new DevIdpCookieJar();
  const providerOrigin = new URL(input.authorizationUrl).origin;
  let url = new URL(input.authorizationUrl);
  let response = await cookies.fetch(url);
  let submitted = false;

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const location = response.headers.get('location');
    if (location && response.status >= 300 && response.status < 400) {
      url = new URL(location, url);
      if (url.origin !== providerOrigin) return url;
      response = await cookies.fetch(url);
      continue;
    }
    const html = await response.text();
    const action = formAction(html);
    if (response.ok && action && !submitted) {
      submitted = true;
      url = new URL(action, url);
      response = await cookies.fetch(url, loginForm(input));
      continue;
    }
    throw new DevIdpLoginError(pageMessage(html) ?? `HTTP ${response.status}`, response.status);
  }
  throw new DevIdpLoginError('too many redirects', 0);
}

function loginForm({ username, password, otp }: ProgrammaticLoginInput): URLSearchParams {
  return new URLSearchParams({ username, password, otp: otp ?? '' });
}

function formAction(html: string): string | undefined {
  const action = /<form[^>]*\saction="([^"]*)"/.exec(html)?.[1];
  return action === undefined ? undefined : decodeEntities(action);
}

function pageMessage(html: string): string | undefined {
  const alert = /<[^>]*role="alert"[^>]*>([\s\S]*?)<\//.exec(html)?.[1];
  return alert === undefined ? undefined : decodeEntities(alert.trim());
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * Enough of a cookie jar for one provider origin (names only; paths and domains are ignored,
 * expired cookies dropped). `fetch` never follows redirects.
 */
export class DevIdpCookieJar {
  readonly #cookies = new Map<string, string>();

  async fetch(url: string | URL, form?: URLSearchParams): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.#cookies.size > 0) headers.cookie = this.header();
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      ...(form ? { body: form } : {}),
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) this.store(setCookie);
    return response;
  }

  private header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private store(setCookie: string) {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    if (separator <= 0) return;
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', attributeValue = ''] = attribute.trim().split('=');
      if (key.toLowerCase() === 'max-age') return Number(attributeValue) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(attributeValue) <= Date.now();
      return false;
    });
    if (expired || value === '') this.#cookies.delete(name);
    else this.#cookies.set(name, value);
  }
}
