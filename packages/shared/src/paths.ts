/** Every API path, named once for the server's routes and the SPA's calls. */
export const API_PATHS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  totp: '/api/auth/totp',
  recoveryCode: '/api/auth/recovery-code',
  totpEnrollment: '/api/auth/totp/enrollment',
  totpEnrollmentConfirm: '/api/auth/totp/enrollment/confirm',
  twoFactorDisable: '/api/account/two-factor/disable',
  userTwoFactorReset: '/api/users/:userId/two-factor/reset',
  me: '/api/me',
  health: '/api/health',
  ready: '/api/ready',
  docs: '/api/docs',
} as const;
