import type { MeResponse } from '@portal/shared';
import { answerBreach, endpointFor } from '@portal/shared/conformance';
import { vi } from 'vitest';
import { createAuthOptions } from './data-generators';

export type MockReply = {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
};

/** `query` is there only when the URL has a query string (e.g. GET /api/users?search=…). */
type RecordedCall = {
  method: string;
  path: string;
  body: unknown;
  query?: Record<string, string>;
};
/** `calls` are all calls so far, this one last. */
type Handler = (
  call: RecordedCall,
  calls: readonly RecordedCall[],
) => MockReply | Promise<MockReply>;
/** A reply, a function computing one, or 'network-error' to make fetch itself fail. */
export type MockRoute = MockReply | Handler | 'network-error';

/** Handlers keyed by "METHOD /path", e.g. 'POST /api/auth/login'. */
export type MockRoutes = Record<string, MockRoute>;

const NOT_SIGNED_IN: MockReply = {
  status: 401,
  body: { error: 'unauthenticated', message: 'Authentication required.' },
};

/**
 * Answered unless a test gives its own: public calls every page of a kind makes (the login page
 * asks what it may offer and whether someone is signed in). The reseller portal is off, as on a server without RSP_ISSUER_URL.
 */
export const DEFAULT_ROUTES: MockRoutes = {
  'GET /api/auth/options': { body: createAuthOptions({ resellerPortal: false }) },
  // Nobody signed in: the login page asks once whether someone is (and would move on).
  'GET /api/me': NOT_SIGNED_IN,
  // Account → Security lists the passkeys, and the second sign-in step asks which factors exist.
  'GET /api/account/passkeys': { body: { passkeys: [] } },
  'POST /api/auth/passkeys/second-factor/options': { body: { passkey: null, totp: true } },
};

/**
 * Replaces global fetch with the given routes (and DEFAULT_ROUTES). A request that no endpoint of
 * the contract takes, or that has no route here, and a reply that the contract does not allow for
 * that endpoint (status, body, error code) are reported on console.error, which fails the test:
 * the mock cannot drift from the API. Returns the recorded calls and a way to change routes.
 */
export function mockApi(initialRoutes: MockRoutes = {}) {
  const routes: MockRoutes = { ...DEFAULT_ROUTES, ...initialRoutes };
  const calls: RecordedCall[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call: RecordedCall = { method, path: url.pathname, body };
    if (url.search) call.query = Object.fromEntries(url.searchParams);
    calls.push(call);

    const endpoint = endpointFor(method, url.pathname);
    const route = routes[`${method} ${url.pathname}`];
    if (endpoint === undefined || route === undefined) {
      console.error(`mockApi: no ${endpoint ? 'route' : 'endpoint'} for ${method} ${url.pathname}`);
      throw new TypeError('Failed to fetch');
    }
    if (route === 'network-error') throw new TypeError('Failed to fetch');
    const reply = typeof route === 'function' ? await route(call, calls) : route;
    const breach = answerBreach(endpoint, reply.status ?? 200, reply.body);
    if (breach)
      console.error(`mockApi: ${method} ${url.pathname} replied against the contract: ${breach}`);
    return toResponse(reply);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    calls,
    callsTo: (key: string) => calls.filter((call) => `${call.method} ${call.path}` === key),
    set: (key: string, route: MockRoute) => {
      routes[key] = route;
    },
  };
}

function toResponse({ status = 200, body, headers = {} }: MockReply): Response {
  const hasBody = body !== undefined && status !== 204;
  return new Response(hasBody ? JSON.stringify(body) : null, {
    status,
    headers: hasBody ? { 'Content-Type': 'application/json', ...headers } : headers,
  });
}

/**
 * GET /api/me as the server answers it around one session: `me` while signed in, 401 otherwise.
 * The session starts with POST /api/auth/login (or is there from the start with `signedIn`) and
 * ends with POST /api/auth/logout; so the login page's own check finds nobody signed in.
 */
export function meOfSession(me: MeResponse, { signedIn = false } = {}): Handler {
  return (_call, calls) => {
    let inSession = signedIn;
    for (const { method, path } of calls) {
      if (method !== 'POST') continue;
      if (path === '/api/auth/login') inSession = true;
      if (path === '/api/auth/logout') inSession = false;
    }
    return inSession ? { body: me } : NOT_SIGNED_IN;
  };
}
