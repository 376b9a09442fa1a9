import { NoContent } from '../schemas/common.js';
import {
  PasskeyAssertionRequest,
  PasskeyIdParams,
  PasskeyListResponse,
  PasskeyOptionsResponse,
  PasskeyRegistrationRequest,
  PasskeyRegistrationResponse,
  PasskeyRenameRequest,
  PasskeySignInRequest,
  SecondFactorOptionsResponse,
} from '../schemas/passkeys.js';
import { AuthenticatedResponse } from '../schemas/two-factor.js';
import { defineEndpoint } from './endpoint.js';

const own = { permission: 'account.manage' } as const;
const ownSensitive = { permission: 'account.manage', stepUp: true } as const;

/**
 * Passkeys (WebAuthn): registration (signed in after a step-up, or at the forced activation step
 * of a sign-in), the owner's list, the second step of a sign-in, passwordless sign-in and step-up.
 * Every ceremony takes a challenge from its options endpoint; a challenge works once, for five
 * minutes.
 */
export const passkeyEndpoints = {
  passkeyRegistrationOptions: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/registration/options',
    tag: 'passkeys',
    summary:
      'Options to create a passkey: at the forced activation step of a sign-in, or signed in after a recent step-up',
    access: 'public',
    rateLimit: 'auth',
    response: { 200: PasskeyOptionsResponse },
    errors: ['login_expired', 'unauthenticated', 'reauthentication_required'],
  }),
  passkeyRegistration: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/registration',
    tag: 'passkeys',
    summary:
      'Register the created passkey under a name; at the activation step of a sign-in, the session starts',
    access: 'public',
    rateLimit: 'auth',
    body: PasskeyRegistrationRequest,
    response: { 200: PasskeyRegistrationResponse },
    errors: ['invalid_code', 'login_expired', 'unauthenticated', 'reauthentication_required'],
  }),
  passkeySecondFactorOptions: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/second-factor/options',
    tag: 'passkeys',
    summary:
      'Second sign-in step: which factors the account has, with options for its passkeys (user verification preferred)',
    access: 'public',
    rateLimit: 'auth',
    response: { 200: SecondFactorOptionsResponse },
    errors: ['login_expired'],
  }),
  passkeySecondFactor: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/second-factor',
    tag: 'passkeys',
    summary: 'Second sign-in step with a passkey: finishes the sign-in like a TOTP code',
    access: 'public',
    rateLimit: 'auth',
    body: PasskeyAssertionRequest,
    response: { 200: AuthenticatedResponse },
    errors: ['invalid_code', 'login_expired', 'too_many_attempts'],
  }),
  passkeySignInOptions: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/sign-in/options',
    tag: 'passkeys',
    summary:
      'Options for a passwordless sign-in with a discoverable passkey (user verification required)',
    access: 'public',
    rateLimit: 'auth',
    response: { 200: PasskeyOptionsResponse },
    errors: [],
  }),
  passkeySignIn: defineEndpoint({
    method: 'POST',
    path: '/api/auth/passkeys/sign-in',
    tag: 'passkeys',
    summary:
      "Passwordless sign-in: the passkey's account, in its own tenant; counts as both factors",
    access: 'public',
    rateLimit: 'auth',
    body: PasskeySignInRequest,
    response: { 200: AuthenticatedResponse },
    errors: ['invalid_credentials', 'too_many_attempts'],
  }),
  passkeyReauthenticationOptions: defineEndpoint({
    method: 'POST',
    path: '/api/account/reauthenticate/passkey/options',
    tag: 'passkeys',
    summary: 'Step-up with one of your passkeys: its options (user verification required)',
    access: own,
    rateLimit: 'auth',
    response: { 200: PasskeyOptionsResponse },
    errors: ['two_factor_not_enabled'],
  }),
  passkeyReauthentication: defineEndpoint({
    method: 'POST',
    path: '/api/account/reauthenticate/passkey',
    tag: 'passkeys',
    summary: 'Step-up with one of your passkeys instead of password and code',
    access: own,
    rateLimit: 'auth',
    body: PasskeyAssertionRequest,
    response: { 204: NoContent },
    errors: ['invalid_code', 'too_many_attempts'],
  }),
  listPasskeys: defineEndpoint({
    method: 'GET',
    path: '/api/account/passkeys',
    tag: 'passkeys',
    summary: 'Your passkeys',
    access: own,
    response: { 200: PasskeyListResponse },
    errors: [],
  }),
  renamePasskey: defineEndpoint({
    method: 'PATCH',
    path: '/api/account/passkeys/:passkeyId',
    tag: 'passkeys',
    summary: 'Rename one of your passkeys',
    access: own,
    params: PasskeyIdParams,
    body: PasskeyRenameRequest,
    response: { 204: NoContent },
    errors: ['not_found'],
  }),
  removePasskey: defineEndpoint({
    method: 'DELETE',
    path: '/api/account/passkeys/:passkeyId',
    tag: 'passkeys',
    summary:
      'Remove one of your passkeys (after a recent step-up); refused when it is the last second factor your role requires',
    access: ownSensitive,
    params: PasskeyIdParams,
    response: { 204: NoContent },
    errors: ['not_found', 'two_factor_required'],
  }),
} as const;
