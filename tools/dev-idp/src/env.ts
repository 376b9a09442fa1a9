// The CLI's configuration from the environment; the defaults match what `pnpm dev` gives the API.
import { DEFAULT_PASSWORD } from './accounts.js';
import type { StartDevIdpOptions } from './start.js';

export const DEV_IDP_DEFAULTS = {
  port: 4010,
  clientId: 'tenant-portal',
  clientSecret: 'dev-idp-secret',
  portalUrl: 'http://localhost:3000',
  password: DEFAULT_PASSWORD,
} as const;

/** `pnpm dev` serves the SPA from Vite; the API builds its redirect URI from that origin then. */
const VITE_DEV_ORIGIN = 'http://localhost:5173';

export const CALLBACK_PATH = '/api/auth/rsp/callback';
export const POST_LOGOUT_PATH = '/login';

/** DEV_IDP_PORTAL_URL may list several origins (or URLs: only their origin counts), comma-separated. */
export function devIdpOptionsFromEnv(env: NodeJS.ProcessEnv): StartDevIdpOptions {
  const portals = (env.DEV_IDP_PORTAL_URL ?? DEV_IDP_DEFAULTS.portalUrl)
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  const origins = [...new Set([...portals, VITE_DEV_ORIGIN].flatMap(withLoopbackTwin))];
  return {
    port: parsePort(env.DEV_IDP_PORT),
    ...(env.DEV_IDP_HOST ? { host: env.DEV_IDP_HOST } : {}),
    ...(env.DEV_IDP_ISSUER ? { issuer: env.DEV_IDP_ISSUER } : {}),
    password: env.DEV_IDP_PASSWORD || DEV_IDP_DEFAULTS.password,
    clients: [
      {
        clientId: env.DEV_IDP_CLIENT_ID || DEV_IDP_DEFAULTS.clientId,
        clientSecret: env.DEV_IDP_CLIENT_SECRET || DEV_IDP_DEFAULTS.clientSecret,
        redirectUris: origins.map((origin) => `${origin}${CALLBACK_PATH}`),
        postLogoutRedirectUris: origins.map((origin) => `${origin}${POST_LOGOUT_PATH}`),
      },
    ],
  };
}

/** The portal may be opened as localhost or as 127.0.0.1: accept both spellings. */
function withLoopbackTwin(origin: string): string[] {
  if (!URL.canParse(origin)) throw new Error(`DEV_IDP_PORTAL_URL: "${origin}" is not a URL.`);
  const url = new URL(origin);
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname];
  if (!twin) return [url.origin];
  const twinUrl = new URL(origin);
  twinUrl.hostname = twin;
  return [url.origin, twinUrl.origin];
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return DEV_IDP_DEFAULTS.port;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`DEV_IDP_PORT must be a port number, not "${value}".`);
  }
  return port;
}
