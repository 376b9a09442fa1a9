import type { Static, TSchema } from 'typebox';
import { ERROR_CODES, type ErrorCode } from '../errors.js';
import type { Permission } from '../permissions.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint: anyone (the sign-in steps authorise themselves with their own pending
 * cookie or token), or a signed-in session holding the permission.
 */
export type Access =
  | 'public'
  | {
      readonly permission: Permission;
      /**
       * A sensitive change: the session's owner must have proven their factors within the last
       * few minutes (STEP_UP_MAX_AGE_SECONDS), else 403 reauthentication_required.
       */
      readonly stepUp?: true;
    };

/** The statuses of answers that are not errors. */
export type SuccessStatus = 200 | 201 | 202 | 204 | 302;

/**
 * One operation of the API, defined once: the API registers its route from this, the SPA calls it
 * with `callApi`, the OpenAPI document describes it, and the tests check answers against it.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** Fastify's pattern: `:name` stands for a path parameter named in `params`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly access: Access;
  /**
   * `false`: reads and acts only by the user's own tenant, never the acting one (the reseller's
   * customer directory, choosing where to act), so it still answers when the customer the session
   * acts in is no longer the reseller's; every other session endpoint then answers 403
   * `customer_unavailable`.
   */
  readonly actsInTenant?: false;
  /** Counted in the per-IP limit of the sign-in routes (AUTH_RATE_LIMIT_PER_MINUTE). */
  readonly rateLimit?: 'auth';
  readonly params?: TSchema;
  readonly query?: TSchema;
  readonly body?: TSchema;
  /** The answers that are not errors, by status; no schema for a body that is not JSON. */
  readonly response: { readonly [S in SuccessStatus]?: TSchema | 'html' };
  /** The endpoint's own error codes; `implicitErrors` adds the ones that follow from its shape. */
  readonly errors: readonly ErrorCode[];
}

/** Keeps the literal types of a definition (paths, statuses, codes) for both sides. */
export const defineEndpoint = <const E extends Endpoint>(endpoint: E): E => endpoint;

/** Whether the endpoint acts in the session's acting tenant (see `Endpoint.actsInTenant`). */
export const actsInTenant = (endpoint: Endpoint): boolean =>
  needsSession(endpoint) && endpoint.actsInTenant !== false;

/** Whether the endpoint needs a signed-in session. */
export const needsSession = (
  endpoint: Endpoint,
): endpoint is Endpoint & { access: Exclude<Access, 'public'> } => endpoint.access !== 'public';

/** Whether the endpoint is a sensitive change that needs a recent proof of the factors. */
export const needsStepUp = (endpoint: Endpoint): boolean =>
  needsSession(endpoint) && endpoint.access.stepUp === true;

const BODY_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The errors that follow from an endpoint's shape rather than from what it does: input is
 * validated, a body may be too large or not JSON, a change may come from another site, a session may be missing or lack the
 * permission, the customer it acts in may have left the reseller, a rate limit may apply, and
 * the database may be away.
 */
export function implicitErrors(endpoint: Endpoint): ErrorCode[] {
  const codes: ErrorCode[] = [];
  const takesBody = BODY_METHODS.has(endpoint.method);
  if (endpoint.params || endpoint.query || takesBody) codes.push(ERROR_CODES.VALIDATION_ERROR);
  if (takesBody) {
    codes.push(
      ERROR_CODES.PAYLOAD_TOO_LARGE,
      ERROR_CODES.UNSUPPORTED_MEDIA_TYPE,
      ERROR_CODES.CROSS_SITE_REQUEST,
    );
  }
  if (needsSession(endpoint)) {
    codes.push(
      ERROR_CODES.UNAUTHENTICATED,
      ERROR_CODES.SESSION_REVOKED,
      ERROR_CODES.SESSION_EXPIRED,
      ERROR_CODES.FORBIDDEN,
    );
  }
  if (needsStepUp(endpoint)) codes.push(ERROR_CODES.REAUTHENTICATION_REQUIRED);
  if (actsInTenant(endpoint)) codes.push(ERROR_CODES.CUSTOMER_UNAVAILABLE);
  if (endpoint.rateLimit) codes.push(ERROR_CODES.TOO_MANY_ATTEMPTS);
  codes.push(ERROR_CODES.SERVICE_UNAVAILABLE, ERROR_CODES.INTERNAL_ERROR);
  return codes;
}

/** Every error code the endpoint can answer with: its own and the implicit ones. */
export function errorsOf(endpoint: Endpoint): ErrorCode[] {
  return [...new Set([...endpoint.errors, ...implicitErrors(endpoint)])];
}

type StaticOf<S> = S extends TSchema ? Static<S> : never;

/** What a caller sends: the parts the endpoint defines, each typed by its schema. */
export type EndpointInput<E extends Endpoint> = (E['params'] extends TSchema
  ? { params: Static<E['params']> }
  : { params?: never }) &
  (E['query'] extends TSchema ? { query?: Static<E['query']> } : { query?: never }) &
  (E['body'] extends TSchema ? { body: Static<E['body']> } : { body?: never });

/** The body of a successful answer (undefined for 204 and redirects). */
export type EndpointOutput<E extends Endpoint> = {
  [S in keyof E['response']]: S extends 204 | 302
    ? undefined
    : E['response'][S] extends 'html'
      ? string
      : StaticOf<E['response'][S]>;
}[keyof E['response']];

/** Whether a call must name input (path parameters or a body); a query alone is optional. */
export type NeedsInput<E extends Endpoint> = E['params'] extends TSchema
  ? true
  : E['body'] extends TSchema
    ? true
    : false;

/** The URL of a call: the path with its parameters filled in, and the query string. */
export function endpointUrl(
  endpoint: Pick<Endpoint, 'method' | 'path'>,
  input: { params?: object; query?: object } = {},
): string {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) {
      throw new Error(`${endpoint.method} ${endpoint.path}: missing path parameter ${name}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Whether a request path (without query) is one of the endpoint's URLs. */
export function matchesPath(endpoint: Pick<Endpoint, 'path'>, pathname: string): boolean {
  const pattern = endpoint.path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
    .join('/');
  return new RegExp(`^${pattern}$`).test(pathname);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
