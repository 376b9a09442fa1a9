import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client';
import { describe, expect, it } from 'vitest';
import { classifyOidcError } from './oidc-failure.js';

function tokenEndpointError(status: number, error: string) {
  return new ResponseBodyError('server responded with an error in the response body', {
    cause: { error },
    response: new Response(JSON.stringify({ error }), { status }),
  });
}

/** openid-client sets the code itself; its constructor's types do not take one. */
function clientError(message: string, code: string, cause?: unknown) {
  return Object.assign(new ClientError(message, { cause }), { code });
}

function fetchFailed(code: string) {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

describe('classifyOidcError', () => {
  it('calls a refused or failed connection unavailable', () => {
    expect(classifyOidcError(fetchFailed('ECONNREFUSED'))).toEqual({
      reason: 'unavailable',
      detail: 'ECONNREFUSED',
    });
    expect(classifyOidcError(new TypeError('fetch failed'))).toEqual({
      reason: 'unavailable',
      detail: 'fetch_failed',
    });
  });

  it('calls a timeout unavailable', () => {
    expect(classifyOidcError(clientError('operation timed out', 'OAUTH_TIMEOUT'))).toEqual({
      reason: 'unavailable',
      detail: 'OAUTH_TIMEOUT',
    });
  });

  it('calls a portal that answers 5xx unavailable', () => {
    expect(classifyOidcError(tokenEndpointError(503, 'temporarily_unavailable')).reason).toBe(
      'unavailable',
    );
    const notConform = clientError(
      'unexpected HTTP response status code',
      'OAUTH_RESPONSE_IS_NOT_CONFORM',
      new Response('<html>', { status: 502 }),
    );
    expect(classifyOidcError(notConform).reason).toBe('unavailable');
  });

  it('calls a refused code invalid, with the OAuth error code as detail', () => {
    expect(classifyOidcError(tokenEndpointError(400, 'invalid_grant'))).toEqual({
      reason: 'invalid_response',
      detail: 'token_endpoint:invalid_grant',
    });
  });

  it('calls every validation failure invalid, with its code', () => {
    const claim = clientError(
      'unexpected JWT claim value encountered',
      'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    );
    expect(classifyOidcError(claim)).toEqual({
      reason: 'invalid_response',
      detail: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    });
    const answer = new AuthorizationResponseError('authorization response error', {
      cause: new URLSearchParams({ error: 'access_denied' }),
    });
    expect(classifyOidcError(answer)).toEqual({
      reason: 'invalid_response',
      detail: 'authorization:access_denied',
    });
    expect(classifyOidcError(new Error('boom')).reason).toBe('invalid_response');
    expect(classifyOidcError(undefined)).toEqual({ reason: 'invalid_response', detail: 'unknown' });
  });

  it('never puts what was received into the detail', () => {
    const quoted = tokenEndpointError(400, 'invalid_grant <script>code=secret-code</script>');
    expect(classifyOidcError(quoted).detail).toBe('unknown');
  });
});
