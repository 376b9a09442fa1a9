import type { FastifyRequest } from 'fastify';
import { errors } from '../lib/app-error.js';
import type { AuthContext } from '../plugins/app/sessions.js';

/** The auth context inside a protected route (the guard has already set it). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw errors.unauthenticated();
  return request.auth;
}
