import type { FastifyRequest } from 'fastify';

/**
 * What the logs keep of a request. Like Fastify's own request serializer, except that the query
 * of the reseller-portal routes is left out: the callback's carries the authorization code and
 * the state, which must never reach a log.
 */
const QUERY_NEVER_LOGGED = ['/api/auth/rsp/'];

export function redactedUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const path = url.slice(0, query);
  return QUERY_NEVER_LOGGED.some((prefix) => path.startsWith(prefix)) ? `${path}?[redacted]` : url;
}

export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactedUrl(request.url),
    version: headerValue(request.headers?.['accept-version']),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
