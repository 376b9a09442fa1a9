import {
  actsInTenant,
  type Endpoint,
  type EndpointOutput,
  ERROR_STATUS,
  type ErrorCode,
  ErrorResponse,
  errorsOf,
  needsSession,
  needsStepUp,
} from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { type Static, type TSchema, Type } from 'typebox';
import { errors } from '../lib/app-error.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract's definition of the route: its access, answers and errors. */
    endpoint?: Endpoint;
  }
}

type StaticOr<S, Else> = S extends TSchema ? Static<S> : Else;

/** A request as the endpoint's schemas have validated it. */
export type EndpointRequest<E extends Endpoint> = FastifyRequest<{
  Params: StaticOr<E['params'], unknown>;
  Querystring: StaticOr<E['query'], unknown>;
  Body: StaticOr<E['body'], unknown>;
}>;

type Answer<E extends Endpoint> = EndpointOutput<E> | FastifyReply | null;

export type EndpointHandler<E extends Endpoint> = (
  request: EndpointRequest<E>,
  reply: FastifyReply,
) => Answer<E> | Promise<Answer<E>>;

/**
 * Registers the route of one endpoint of the contract: its schemas validate the input and
 * describe the answers, its access puts the session guard in front (401 without a session, 403
 * without the permission, 403 customer_unavailable when it acts in a customer that has left the
 * reseller), and its rate limit is the shared one of its group.
 */
export function route<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  handler: EndpointHandler<E>,
  options: {
    attachValidation?: boolean;
    /** A hook of the route's own, after the guard of its access. */
    onRequest?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  } = {},
): void {
  const guarded = needsSession(endpoint);
  const stepUp = needsStepUp(endpoint);
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    config: {
      endpoint,
      ...(endpoint.rateLimit ? { rateLimit: app.rateLimits[endpoint.rateLimit] } : {}),
    },
    ...(options.attachValidation ? { attachValidation: true } : {}),
    schema: {
      tags: [endpoint.tag],
      summary: endpoint.summary,
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body ? { body: endpoint.body } : {}),
      response: responseSchemas(endpoint),
    },
    onRequest: [
      ...(guarded
        ? [
            (request: FastifyRequest) =>
              app.sessions.authenticate(request, { actsInTenant: actsInTenant(endpoint) }),
          ]
        : []),
      ...(options.onRequest ? [options.onRequest] : []),
    ],
    ...(guarded
      ? {
          preHandler: (
            request: FastifyRequest,
            _reply: FastifyReply,
            done: (error?: Error) => void,
          ) => {
            if (!request.auth?.permissions.includes(endpoint.access.permission)) {
              return done(errors.forbidden());
            }
            if (stepUp && !app.sessions.hasRecentProof(request.auth)) {
              return done(errors.reauthenticationRequired());
            }
            done();
          },
        }
      : {}),
    handler: handler as RouteHandlerMethod,
  });
}

/** Success schemas by status, and one error schema per status naming its possible codes. */
function responseSchemas(endpoint: Endpoint): Record<number, TSchema> {
  const schemas: Record<number, TSchema> = {};
  for (const [status, schema] of Object.entries(endpoint.response)) {
    if (schema !== 'html' && schema) schemas[Number(status)] = schema;
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorsOf(endpoint)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) {
    schemas[status] = Type.Object(
      {
        ...ErrorResponse.properties,
        error: Type.Enum(codes, { description: `One of: ${codes.join(', ')}.` }),
      },
      { description: codes.join(' · ') },
    );
  }
  return schemas;
}
