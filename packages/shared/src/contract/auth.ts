import { Type } from 'typebox';
import { LoginRequest, LoginResponse } from '../schemas/auth.js';
import { NoContent } from '../schemas/common.js';
import {
  AuthOptionsResponse,
  RspCallbackQuery,
  RspLoginQuery,
} from '../schemas/reseller-portal.js';
import { defineEndpoint } from './endpoint.js';

const Redirect = (description: string) => Type.Null({ description });

/** Sign-in with a password, sign-out, and the round trip through the reseller portal. */
export const authEndpoints = {
  login: defineEndpoint({
    method: 'POST',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Sign in with tenant domain, username and password',
    access: 'public',
    rateLimit: 'auth',
    body: LoginRequest,
    response: { 200: LoginResponse },
    errors: ['invalid_credentials', 'too_many_attempts'],
  }),
  logout: defineEndpoint({
    method: 'POST',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'Sign out: the session ends at once (204, also without a session)',
    access: 'public',
    rateLimit: 'auth',
    response: { 204: NoContent },
    errors: [],
  }),
  authOptions: defineEndpoint({
    method: 'GET',
    path: '/api/auth/options',
    tag: 'auth',
    summary: 'What the login page offers besides the password form',
    access: 'public',
    response: { 200: AuthOptionsResponse },
    errors: [],
  }),
  rspLogin: defineEndpoint({
    method: 'GET',
    path: '/api/auth/rsp/login',
    tag: 'auth',
    summary:
      'Login with reseller portal: redirects to the portal (OpenID Connect, PKCE, state, nonce)',
    access: 'public',
    rateLimit: 'auth',
    query: RspLoginQuery,
    response: {
      302: Redirect('To the portal, or to the refusal page when the portal is unavailable'),
    },
    // A step-up needs a signed-in session of a linked account.
    errors: ['not_found', 'unauthenticated'],
  }),
  rspCallback: defineEndpoint({
    method: 'GET',
    path: '/api/auth/rsp/callback',
    tag: 'auth',
    summary:
      'Where the portal sends the browser back: signs in the linked account, or redirects to the refusal page',
    access: 'public',
    rateLimit: 'auth',
    query: RspCallbackQuery,
    response: {
      302: Redirect('Signed in: to the portal start page; refused: to the refusal page'),
    },
    errors: ['not_found'],
  }),
  rspLogout: defineEndpoint({
    method: 'GET',
    path: '/api/auth/rsp/logout',
    tag: 'auth',
    summary:
      "Ends the portal's session too (RP-initiated logout) when it offers that; our own session ends with POST /api/auth/logout",
    access: 'public',
    rateLimit: 'auth',
    response: { 302: Redirect("To the portal's end-session endpoint, or to the login page") },
    errors: ['not_found'],
  }),
} as const;
