import { ERROR_CODES, type ErrorResponse } from '@portal/shared';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isDatabaseUnavailable } from '../../db/database-errors.js';
import { AppError, errors } from '../../lib/app-error.js';
import { describeValidationError } from './validation-messages.js';

/**
 * The one place where errors become responses: always `{error, message}`, never a stack, a 5xx
 * detail or an HTML page. Bad input is a 4xx; a lost database is a 503; the rest is a logged 500.
 */
async function errorHandling(app: FastifyInstance) {
  // A client that gave up is not a fault of ours, nor of the database: one line, at info.
  app.addHook('onRequestAbort', async (request) => {
    request.log.info('request aborted by the client');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (request.raw.destroyed) {
      // Already logged as aborted: nobody reads this answer, whatever failed on the way.
      request.log.debug({ errMessage: error.message }, 'aborted request ended with an error');
    } else if (appError.statusCode >= 500 && appError.code === ERROR_CODES.INTERNAL_ERROR) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError.code === ERROR_CODES.SERVICE_UNAVAILABLE) {
      request.log.warn({ errMessage: error.message }, 'database unavailable');
    }
    return sendError(reply, appError);
  });

  app.setNotFoundHandler((request, reply) => {
    if (app.serveSpa(request, reply)) return reply;
    const path = request.url.split('?')[0];
    return sendError(
      reply,
      new AppError(ERROR_CODES.NOT_FOUND, `No route ${request.method} ${path}`),
    );
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) return describeValidationError(error);
  if (isDatabaseUnavailable(error)) return errors.serviceUnavailable();
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        ERROR_CODES.PAYLOAD_TOO_LARGE,
        'The request body is too large (16 KiB at most).',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(ERROR_CODES.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(ERROR_CODES.VALIDATION_ERROR, 'The JSON body is empty.', {
        field: 'body',
      });
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError(ERROR_CODES.VALIDATION_ERROR, 'The body is not valid JSON.', {
      field: 'body',
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // The catalogue fixes the status of each code: an odd 4xx becomes the nearest one.
    return new AppError(
      genericCode(status),
      status === 404 ? 'Not found.' : 'The request is not valid.',
    );
  }
  return new AppError(
    ERROR_CODES.INTERNAL_ERROR,
    'Something went wrong on our side. Please try again.',
  );
}

/** Errors of Fastify's router, before any hook or handler (an undecodable URL). */
export function frameworkError(error: FastifyError): AppError {
  if (error.code === 'FST_ERR_BAD_URL') {
    return new AppError(ERROR_CODES.VALIDATION_ERROR, 'The URL is not valid.', { field: 'url' });
  }
  return toAppError(error);
}

function genericCode(status: number) {
  if (status === 401) return ERROR_CODES.UNAUTHENTICATED;
  if (status === 403) return ERROR_CODES.FORBIDDEN;
  if (status === 404) return ERROR_CODES.NOT_FOUND;
  if (status === 413) return ERROR_CODES.PAYLOAD_TOO_LARGE;
  if (status === 415) return ERROR_CODES.UNSUPPORTED_MEDIA_TYPE;
  if (status === 429) return ERROR_CODES.TOO_MANY_ATTEMPTS;
  return ERROR_CODES.VALIDATION_ERROR;
}

export function sendError(reply: FastifyReply, error: AppError) {
  const body: ErrorResponse = { error: error.code, message: error.message, ...error.extra };
  if (error.extra.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.extra.retryAfterSeconds));
  }
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(body);
}

export default fp(errorHandling, { name: 'error-handling', dependencies: ['spa'] });
