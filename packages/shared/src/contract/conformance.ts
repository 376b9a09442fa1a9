import { Value } from 'typebox/value';
import { ERROR_STATUS } from '../errors.js';
import { ErrorResponse } from '../schemas/common.js';
import { type Endpoint, errorsOf, type HttpMethod, matchesPath } from './endpoint.js';
import { endpoints } from './index.js';

/**
 * Checks of answers against the contract, for tests on both sides: the API's own answers, and
 * the answers the SPA's test mock gives in place of the API. Not for production bundles: it
 * carries the schema checker (a subpath of its own, `@portal/shared/conformance`).
 */

/** The endpoint a request goes to, or undefined when the contract has none. */
export function endpointFor(method: string, pathname: string): Endpoint | undefined {
  return Object.values(endpoints).find(
    (endpoint: Endpoint) =>
      endpoint.method === (method.toUpperCase() as HttpMethod) && matchesPath(endpoint, pathname),
  );
}

/** What is wrong with an answer (status and parsed JSON body), or null when it conforms. */
export function answerBreach(endpoint: Endpoint, status: number, body: unknown): string | null {
  if (status >= 400) {
    if (!Value.Check(ErrorResponse, body)) return `${status} is not an ErrorResponse`;
    const { error } = body;
    if (ERROR_STATUS[error] !== status)
      return `${error} comes with ${ERROR_STATUS[error]}, not ${status}`;
    if (!errorsOf(endpoint).includes(error)) return `${error} is not one of its errors`;
    return null;
  }
  const schema = endpoint.response[status as keyof Endpoint['response']];
  if (schema === undefined) return `status ${status} is not one of its answers`;
  if (schema === 'html' || status === 204 || status === 302) return null;
  if (Value.Check(schema, body)) return null;
  const [first] = Value.Errors(schema, body);
  return `the ${status} body does not match: ${first?.instancePath || '/'} ${first?.message}`;
}
