/** Every API path, named once for the server's routes and the SPA's calls. */
export const API_PATHS = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/me',
  health: '/api/health',
  ready: '/api/ready',
  docs: '/api/docs',
} as const;
