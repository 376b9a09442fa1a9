import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client';

/**
 * Why a step with the reseller portal failed, in the terms of the sign-in refusal reasons: the
 * portal could not be reached (or failed itself) → `unavailable`; anything the portal or the
 * browser sent that does not validate → `invalid_response`. The detail is an error code for the
 * audit log, never an error message (which could quote what was received).
 */
export type OidcFailureReason = 'unavailable' | 'invalid_response';

export interface OidcFailure {
  reason: OidcFailureReason;
  detail: string;
}

const UNREACHABLE_CODES = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT']);
const DETAIL = /^[A-Za-z0-9_.:-]{1,80}$/;

export function classifyOidcError(error: unknown): OidcFailure {
  if (error instanceof ResponseBodyError) {
    // An OAuth error answer of the token endpoint: invalid_grant for a used or unknown code.
    const reason = error.status >= 500 ? 'unavailable' : 'invalid_response';
    return { reason, detail: safe(`token_endpoint:${error.error}`) };
  }
  if (error instanceof AuthorizationResponseError) {
    return { reason: 'invalid_response', detail: safe(`authorization:${error.error}`) };
  }
  if (error instanceof ClientError) {
    const code = error.code ?? 'client_error';
    if (UNREACHABLE_CODES.has(code) || failedServerSide(error)) {
      return { reason: 'unavailable', detail: safe(code) };
    }
    return { reason: 'invalid_response', detail: safe(code) };
  }
  if (isNetworkFailure(error)) {
    return { reason: 'unavailable', detail: safe(networkCode(error) ?? 'fetch_failed') };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return {
    reason: 'invalid_response',
    detail: safe(typeof code === 'string' ? code : ((error as Error)?.name ?? 'unknown')),
  };
}

/** An answer that is no OAuth answer at all, from a portal that is failing (5xx). */
function failedServerSide(error: ClientError): boolean {
  const { cause } = error;
  return (
    error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' &&
    cause instanceof Response &&
    cause.status >= 500
  );
}

/** fetch() rejects with a bare TypeError when the connection fails (refused, reset, DNS). */
function isNetworkFailure(error: unknown): error is TypeError {
  return error instanceof TypeError && error.message === 'fetch failed';
}

function networkCode(error: TypeError): string | undefined {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function safe(detail: string): string {
  return DETAIL.test(detail) ? detail : 'unknown';
}
