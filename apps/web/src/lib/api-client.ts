import {
  type Endpoint,
  type EndpointInput,
  type EndpointOutput,
  type EndpointRoute,
  ERROR_CODES,
  type ErrorCode,
  endpointUrl,
  isErrorCode,
  type NeedsInput,
} from '@portal/shared';

/** An API answer other than 2xx, or no answer at all, in the shape of the API's error model. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** For weak_password: which password rule was broken (unchecked; callers narrow it). */
  readonly reason: string | undefined;
  /** For customer_unavailable: the user's own tenant, to act in again. */
  readonly ownTenantId: string | undefined;
  /** The session epoch the request was sent in (see `startNewSessionEpoch`). */
  readonly sessionEpoch: number;

  constructor(init: {
    status: number;
    code: ErrorCode;
    message: string;
    field?: string | undefined;
    retryAfterSeconds?: number | undefined;
    reason?: string | undefined;
    ownTenantId?: string | undefined;
    sessionEpoch?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.reason = init.reason;
    this.ownTenantId = init.ownTenantId;
    this.sessionEpoch = init.sessionEpoch ?? sessionEpoch;
  }
}

/**
 * Counts session id rotations (acting in another customer). A request sent with the old cookie can
 * still be on its way when the rotation revokes it; its 401 says nothing about the new session.
 */
let sessionEpoch = 0;

export function startNewSessionEpoch(): void {
  sessionEpoch++;
}

/** A 401 (or any error) of a request sent before the session id was last rotated. */
export function isFromEarlierSession(error: ApiError): boolean {
  return error.sessionEpoch < sessionEpoch;
}

/** The 401s that mean "no session": none, ended (revoked), or timed out. */
const SESSION_END_CODES: ReadonlySet<ErrorCode> = new Set([
  ERROR_CODES.UNAUTHENTICATED,
  ERROR_CODES.SESSION_REVOKED,
  ERROR_CODES.SESSION_EXPIRED,
]);

/** Whether the request found no session (whichever of the three ways the API says so). */
export function isSessionEnd(error: unknown): error is ApiError {
  return error instanceof ApiError && SESSION_END_CODES.has(error.code);
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/**
 * Calls one endpoint of the contract: builds its URL from the path parameters and the query,
 * sends the body as JSON, and resolves with the typed answer (undefined for 204). Any other
 * answer, or none, rejects with an ApiError.
 */
export function callApi<E extends Endpoint>(
  route: EndpointRoute<E>,
  ...[input]: NeedsInput<E> extends true ? [EndpointInput<E>] : [EndpointInput<E>?]
): Promise<EndpointOutput<E>> {
  const { body, ...urlParts } = (input ?? {}) as {
    body?: unknown;
    params?: object;
    query?: object;
  };
  return send(route.method, endpointUrl(route, urlParts), body) as Promise<EndpointOutput<E>>;
}

/** The same-origin JSON API: the parsed body, undefined for 204. */
async function send(method: Endpoint['method'], url: string, body: unknown): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const sentInEpoch = sessionEpoch;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    // The network failed or the server is down: to the user that is the same as a 503.
    throw new ApiError({
      status: 0,
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
      message: 'The service could not be reached.',
    });
  }

  if (!response.ok) throw await toApiError(response, sentInEpoch);
  if (response.status === 204) return undefined;
  return readJson(response);
}

async function toApiError(response: Response, sentInEpoch: number): Promise<ApiError> {
  const body = await readJson(response);
  const errorBody = isRecord(body) ? body : {};
  // A code outside the catalogue (a proxy's page, a newer server) is treated like none.
  const code = isErrorCode(errorBody.error)
    ? errorBody.error
    : response.status >= 500
      ? ERROR_CODES.SERVICE_UNAVAILABLE
      : ERROR_CODES.INTERNAL_ERROR;
  return new ApiError({
    status: response.status,
    code,
    message: typeof errorBody.message === 'string' ? errorBody.message : response.statusText,
    field: typeof errorBody.field === 'string' ? errorBody.field : undefined,
    retryAfterSeconds:
      typeof errorBody.retryAfterSeconds === 'number'
        ? errorBody.retryAfterSeconds
        : parseRetryAfter(response.headers.get('Retry-After')),
    reason: typeof errorBody.reason === 'string' ? errorBody.reason : undefined,
    ownTenantId: typeof errorBody.ownTenantId === 'string' ? errorBody.ownTenantId : undefined,
    sessionEpoch: sentInEpoch,
  });
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110, section 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // Proxies answer with HTML error pages; the caller falls back to the status code.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
