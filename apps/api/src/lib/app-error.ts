import { ERROR_CODES, type ErrorCode } from '@portal/shared';

/** The one error type that routes and services throw; the error handler maps it to JSON. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  invalidCredentials: () =>
    new AppError(
      401,
      ERROR_CODES.INVALID_CREDENTIALS,
      'The tenant domain, username or password is incorrect.',
    ),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      ERROR_CODES.TOO_MANY_ATTEMPTS,
      `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    ),
  unauthenticated: () => new AppError(401, ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue.'),
  forbidden: () =>
    new AppError(403, ERROR_CODES.FORBIDDEN, 'You do not have permission to do this.'),
  notFound: () => new AppError(404, ERROR_CODES.NOT_FOUND, 'Not found.'),
  serviceUnavailable: () =>
    new AppError(
      503,
      ERROR_CODES.SERVICE_UNAVAILABLE,
      'The service is temporarily unavailable. Please try again shortly.',
    ),
};
