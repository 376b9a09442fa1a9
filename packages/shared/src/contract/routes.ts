import type { Endpoint } from './endpoint.js';
import type { endpoints } from './index.js';

type Endpoints = typeof endpoints;

/**
 * Where an endpoint is called, without its schemas: what the SPA needs to call it. The endpoint's
 * type rides along (never a value), so `callApi` still types the input and the answer.
 */
export interface EndpointRoute<E extends Endpoint = Endpoint> {
  readonly method: E['method'];
  readonly path: E['path'];
  /** Type only: the endpoint this is the route of. */
  readonly endpoint?: E;
}

/**
 * The method and path of every endpoint of `endpoints`. The SPA imports this list instead of the
 * endpoints, so that its pages (the sign-in first) do not load TypeBox and every schema with it.
 * The type holds it to `endpoints`: a missing, extra or differing route does not compile.
 */
export const endpointRoutes: { readonly [N in keyof Endpoints]: EndpointRoute<Endpoints[N]> } = {
  login: { method: 'POST', path: '/api/auth/login' },
  logout: { method: 'POST', path: '/api/auth/logout' },
  authOptions: { method: 'GET', path: '/api/auth/options' },
  rspLogin: { method: 'GET', path: '/api/auth/rsp/login' },
  rspCallback: { method: 'GET', path: '/api/auth/rsp/callback' },
  rspLogout: { method: 'GET', path: '/api/auth/rsp/logout' },
  totp: { method: 'POST', path: '/api/auth/totp' },
  recoveryCode: { method: 'POST', path: '/api/auth/recovery-code' },
  totpEnrollment: { method: 'POST', path: '/api/auth/totp/enrollment' },
  totpEnrollmentConfirm: { method: 'POST', path: '/api/auth/totp/enrollment/confirm' },
  passkeyRegistrationOptions: { method: 'POST', path: '/api/auth/passkeys/registration/options' },
  passkeyRegistration: { method: 'POST', path: '/api/auth/passkeys/registration' },
  passkeySecondFactorOptions: { method: 'POST', path: '/api/auth/passkeys/second-factor/options' },
  passkeySecondFactor: { method: 'POST', path: '/api/auth/passkeys/second-factor' },
  passkeySignInOptions: { method: 'POST', path: '/api/auth/passkeys/sign-in/options' },
  passkeySignIn: { method: 'POST', path: '/api/auth/passkeys/sign-in' },
  passkeyReauthenticationOptions: {
    method: 'POST',
    path: '/api/account/reauthenticate/passkey/options',
  },
  passkeyReauthentication: { method: 'POST', path: '/api/account/reauthenticate/passkey' },
  listPasskeys: { method: 'GET', path: '/api/account/passkeys' },
  renamePasskey: { method: 'PATCH', path: '/api/account/passkeys/:passkeyId' },
  removePasskey: { method: 'DELETE', path: '/api/account/passkeys/:passkeyId' },
  reauthenticate: { method: 'POST', path: '/api/account/reauthenticate' },
  changePassword: { method: 'POST', path: '/api/account/password' },
  changeEmail: { method: 'PUT', path: '/api/account/email' },
  changeLanguage: { method: 'PUT', path: '/api/account/language' },
  disableTwoFactor: { method: 'POST', path: '/api/account/two-factor/disable' },
  recoveryCodeStatus: { method: 'GET', path: '/api/account/recovery-codes' },
  newRecoveryCodes: { method: 'POST', path: '/api/account/recovery-codes' },
  forgotPassword: { method: 'POST', path: '/api/auth/password/forgot' },
  verifyResetToken: { method: 'POST', path: '/api/auth/password/reset/verify' },
  resetPassword: { method: 'POST', path: '/api/auth/password/reset' },
  listUsers: { method: 'GET', path: '/api/users' },
  getUser: { method: 'GET', path: '/api/users/:userId' },
  createUser: { method: 'POST', path: '/api/users' },
  updateUser: { method: 'PATCH', path: '/api/users/:userId' },
  deleteUser: { method: 'DELETE', path: '/api/users/:userId' },
  resetUserPassword: { method: 'POST', path: '/api/users/:userId/password-reset' },
  resetUserTwoFactor: { method: 'POST', path: '/api/users/:userId/two-factor/reset' },
  linkUserToResellerPortal: { method: 'PUT', path: '/api/users/:userId/rsp-link' },
  unlinkUserFromResellerPortal: { method: 'DELETE', path: '/api/users/:userId/rsp-link' },
  me: { method: 'GET', path: '/api/me' },
  listCustomers: { method: 'GET', path: '/api/customers' },
  createCustomer: { method: 'POST', path: '/api/customers' },
  updateCustomer: { method: 'PATCH', path: '/api/customers/:tenantId' },
  switchTenant: { method: 'POST', path: '/api/session/tenant' },
  listSessions: { method: 'GET', path: '/api/sessions' },
  revokeSession: { method: 'DELETE', path: '/api/sessions/:sessionId' },
  revokeOtherSessions: { method: 'POST', path: '/api/sessions/revoke-others' },
  getTenantSettings: { method: 'GET', path: '/api/tenant/settings' },
  updateTenantSettings: { method: 'PUT', path: '/api/tenant/settings' },
  listAuditEvents: { method: 'GET', path: '/api/audit-events' },
  health: { method: 'GET', path: '/api/health' },
  ready: { method: 'GET', path: '/api/ready' },
  devOutbox: { method: 'GET', path: '/api/dev/outbox' },
  devOutboxPage: { method: 'GET', path: '/api/dev/outbox/page' },
  devFixtures: { method: 'POST', path: '/api/dev/fixtures' },
};
