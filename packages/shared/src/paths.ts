/** Every API path, named once for the server's routes and the SPA's calls. */
export const API_PATHS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  authOptions: '/api/auth/options',
  /** Starts the OpenID Connect sign-in at the reseller portal (302 to the portal). */
  rspLogin: '/api/auth/rsp/login',
  /** The portal redirects back here; 302 to the portal home or to the refusal page. */
  rspCallback: '/api/auth/rsp/callback',
  /** 302 to the portal's end-session endpoint (RP-initiated logout), when it offers one. */
  rspLogout: '/api/auth/rsp/logout',
  userRspLink: '/api/users/:userId/rsp-link',
  totp: '/api/auth/totp',
  recoveryCode: '/api/auth/recovery-code',
  totpEnrollment: '/api/auth/totp/enrollment',
  totpEnrollmentConfirm: '/api/auth/totp/enrollment/confirm',
  twoFactorDisable: '/api/account/two-factor/disable',
  users: '/api/users',
  user: '/api/users/:userId',
  customers: '/api/customers',
  sessionTenant: '/api/session/tenant',
  sessions: '/api/sessions',
  session: '/api/sessions/:sessionId',
  sessionsRevokeOthers: '/api/sessions/revoke-others',
  tenantSettings: '/api/tenant/settings',
  auditEvents: '/api/audit-events',
  userTwoFactorReset: '/api/users/:userId/two-factor/reset',
  passwordForgot: '/api/auth/password/forgot',
  passwordResetVerify: '/api/auth/password/reset/verify',
  passwordReset: '/api/auth/password/reset',
  userPasswordReset: '/api/users/:userId/password-reset',
  me: '/api/me',
  health: '/api/health',
  ready: '/api/ready',
  docs: '/api/docs',
  /** Outside production and without SMTP_URL only: the mails kept instead of sent. */
  devOutbox: '/api/dev/outbox',
  devOutboxPage: '/api/dev/outbox/page',
  /** DEV_FIXTURES=true only (never in production): tenants and users for the end-to-end tests. */
  devFixtures: '/api/dev/fixtures',
} as const;
