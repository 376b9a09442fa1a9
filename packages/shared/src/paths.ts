/** Every API path, named once for the server's routes and the SPA's calls. */
export const API_PATHS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  totp: '/api/auth/totp',
  recoveryCode: '/api/auth/recovery-code',
  totpEnrollment: '/api/auth/totp/enrollment',
  totpEnrollmentConfirm: '/api/auth/totp/enrollment/confirm',
  twoFactorDisable: '/api/account/two-factor/disable',
  users: '/api/users',
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
} as const;
