import path from 'node:path';
import type { DatabaseTimeouts } from './db/pg-pool.js';

/** Everything the API reads from its environment, parsed once at start. */
export interface Config {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Time limits of PostgreSQL queries and connection waits (PGlite runs in the process). */
  databaseTimeouts: DatabaseTimeouts;
  publicUrl: URL;
  /** The OpenAPI document and its UI at /api/docs: off in production unless API_DOCS=true. */
  apiDocs: boolean;
  sessionSecret: string | undefined;
  totpEncryptionKey: string | undefined;
  /** Older keys that still decrypt secrets sealed before a rotation. */
  totpRetiredKeys: string[];
  trustProxy: boolean | string;
  logLevel: string;
  /** Outgoing mail over SMTP; unset: the dev outbox (outside production) or no delivery. */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  mailFrom: string;
  session: {
    idleTimeoutSeconds: number;
    absoluteTimeoutSeconds: number;
    /** Sensitive changes need the factors proven this recently (step-up re-authentication). */
    stepUpMaxAgeSeconds: number;
    /**
     * How long an instance answers for a session from memory. Revocations reach every instance
     * at once through LISTEN/NOTIFY; this bounds staleness only if a notification is lost. 0: off.
     */
    cacheTtlSeconds: number;
  };
  /** Sign-in attempts per IP and minute on the auth routes, across all instances. */
  authRateLimitPerMinute: number;
  /** Cheaper argon2 parameters: only for tests, refused in production. */
  fastPasswordHashing: boolean;
  /** POST /api/dev/fixtures for the end-to-end tests: refused in production. */
  devFixtures: boolean;
  demoPassword: string | undefined;
  webDistDir: string;
  /** Sign-in through the reseller portal (OpenID Connect); null: the feature is off. */
  resellerPortal: ResellerPortalConfig | null;
  /** Bearer token that GET /metrics asks for; unset: no metrics on the main port. */
  metricsToken: string | undefined;
  /** Days to keep sent mails, and audit events, before housekeeping deletes them. */
  retention: { mailRetentionDays: number; auditRetentionDays: number };
  /** A separate port that serves only GET /metrics (a private network, no token needed). */
  metricsPort: number | undefined;
}

export interface ResellerPortalConfig {
  /**
   * The issuer identifier exactly as configured: discovery must report the same one, ID tokens
   * must carry it, and linked accounts are stored with it.
   */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `acr` values that count as multi-factor authentication (besides `amr` mfa/otp/hwk). */
  mfaAcrValues: string[];
  /** Plain http, allowed only for a loopback issuer outside production (the dev IdP). */
  allowInsecureRequests: boolean;
  /** How long one request to the portal may take before the sign-in answers "unavailable". */
  timeoutSeconds: number;
}

export const RSP_TIMEOUT_SECONDS = 5;

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = integer(env, 'PORT', 3000, { min: 0, max: 65535 });
  const fastPasswordHashing = env.PASSWORD_HASHING === 'fast-insecure-for-tests';
  if (fastPasswordHashing && production) {
    throw new ConfigError('PASSWORD_HASHING=fast-insecure-for-tests is refused in production');
  }
  const devFixtures = env.DEV_FIXTURES === 'true';
  if (env.DEV_FIXTURES && production) {
    throw new ConfigError('DEV_FIXTURES is refused in production (it creates accounts on request)');
  }
  if (production && !env.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET is required in production');
  }
  if (production && !env.TOTP_ENCRYPTION_KEY) {
    throw new ConfigError('TOTP_ENCRYPTION_KEY is required in production');
  }
  const publicUrl = parsePublicUrl(env.PUBLIC_URL ?? `http://localhost:${port}`);
  if (production && publicUrl.protocol === 'http:' && !LOOPBACK_HOSTS.has(publicUrl.hostname)) {
    if (env.ALLOW_INSECURE_PUBLIC_URL !== 'true') {
      throw new ConfigError(
        'PUBLIC_URL must use https in production (session cookies and reset links would travel in clear); set ALLOW_INSECURE_PUBLIC_URL=true only behind a trusted https proxy',
      );
    }
  }
  return {
    production,
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseTimeouts: {
      queryTimeoutMs: integer(env, 'DATABASE_QUERY_TIMEOUT_MS', 5000, { min: 100, max: 600_000 }),
      connectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 3000, {
        min: 100,
        max: 600_000,
      }),
    },
    publicUrl,
    apiDocs: !production || env.API_DOCS === 'true',
    sessionSecret: env.SESSION_SECRET || undefined,
    totpEncryptionKey: env.TOTP_ENCRYPTION_KEY || undefined,
    totpRetiredKeys: (env.TOTP_ENCRYPTION_KEYS_RETIRED ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    mailFrom: parseMailFrom(env.MAIL_FROM),
    session: {
      idleTimeoutSeconds: integer(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 30 * 60, { min: 60 }),
      absoluteTimeoutSeconds: integer(env, 'SESSION_ABSOLUTE_TIMEOUT_SECONDS', 12 * 60 * 60, {
        min: 60,
      }),
      stepUpMaxAgeSeconds: integer(env, 'STEP_UP_MAX_AGE_SECONDS', 5 * 60, { min: 30, max: 3600 }),
      cacheTtlSeconds: integer(env, 'SESSION_CACHE_TTL_SECONDS', 5, { min: 0, max: 60 }),
    },
    authRateLimitPerMinute: integer(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 60, { min: 1 }),
    fastPasswordHashing,
    devFixtures,
    demoPassword: env.DEMO_PASSWORD || undefined,
    webDistDir: path.resolve(
      env.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname,
    ),
    resellerPortal: parseResellerPortal(env, production),
    retention: {
      mailRetentionDays: integer(env, 'MAIL_RETENTION_DAYS', 7, { min: 1, max: 3650 }),
      auditRetentionDays: integer(env, 'AUDIT_RETENTION_DAYS', 365, { min: 1, max: 36500 }),
    },
    metricsToken: parseMetricsToken(env.METRICS_TOKEN),
    metricsPort: parseMetricsPort(env, port),
  };
}

const METRICS_TOKEN_MIN_LENGTH = 16;

/** Long enough not to be guessed; generate one with `openssl rand -base64 32`. */
function parseMetricsToken(raw: string | undefined): string | undefined {
  const token = raw?.trim();
  if (!token) return undefined;
  if (token.length < METRICS_TOKEN_MIN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${METRICS_TOKEN_MIN_LENGTH} characters without spaces`,
    );
  }
  return token;
}

function parseMetricsPort(env: Env, port: number): number | undefined {
  if (!env.METRICS_PORT) return undefined;
  const metricsPort = integer(env, 'METRICS_PORT', 0, { min: 1, max: 65535 });
  if (metricsPort === port) throw new ConfigError('METRICS_PORT must differ from PORT');
  return metricsPort;
}

const RSP_REQUIRED = ['RSP_ISSUER_URL', 'RSP_CLIENT_ID', 'RSP_CLIENT_SECRET'] as const;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** All three of issuer, client id and secret, or none of them (the feature is then off). */
function parseResellerPortal(env: Env, production: boolean): ResellerPortalConfig | null {
  const given = (name: string) => (env[name] ?? '').trim();
  const missing = RSP_REQUIRED.filter((name) => !given(name));
  if (missing.length === RSP_REQUIRED.length) {
    if (given('RSP_MFA_ACR_VALUES')) {
      throw new ConfigError(`RSP_MFA_ACR_VALUES is set, but ${RSP_REQUIRED.join(', ')} are not`);
    }
    return null;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Reseller-portal sign-in needs ${RSP_REQUIRED.join(', ')} together; missing: ${missing.join(', ')}`,
    );
  }
  const issuer = given('RSP_ISSUER_URL');
  return {
    issuer,
    clientId: given('RSP_CLIENT_ID'),
    clientSecret: given('RSP_CLIENT_SECRET'),
    mfaAcrValues: given('RSP_MFA_ACR_VALUES')
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean),
    allowInsecureRequests: issuerNeedsPlainHttp(issuer, production),
    timeoutSeconds: RSP_TIMEOUT_SECONDS,
  };
}

/** https always; http only for a loopback issuer outside production (a local dev IdP). */
function issuerNeedsPlainHttp(issuer: string, production: boolean): boolean {
  const url = URL.canParse(issuer) ? new URL(issuer) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ConfigError(
      'RSP_ISSUER_URL must be the https URL of the issuer, without query or fragment, e.g. https://portal.example.com',
    );
  }
  if (url.protocol === 'https:') return false;
  if (production || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new ConfigError(
      'RSP_ISSUER_URL must use https (plain http only for 127.0.0.1, localhost or ::1 outside production)',
    );
  }
  return true;
}

function integer(env: Env, name: string, fallback: number, range: { min: number; max?: number }) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(value) || value < range.min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${max}`);
  }
  return value;
}

function parsePublicUrl(raw: string): URL {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return url;
  } catch {
    throw new ConfigError('PUBLIC_URL must be an http(s) URL, e.g. https://portal.example.com');
  }
}

/** The URL carries the SMTP password: no error message may repeat it. */
function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : '';
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new ConfigError(
      'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587',
    );
  }
  return raw;
}

export const DEFAULT_MAIL_FROM = 'Unified Security Portal <no-reply@localhost>';

// One address, optionally with a display name; no line breaks, which could smuggle in headers.
const MAIL_FROM_PATTERN = /^([^\r\n<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

function parseMailFrom(raw: string | undefined): string {
  if (!raw) return DEFAULT_MAIL_FROM;
  if (!MAIL_FROM_PATTERN.test(raw.trim())) {
    throw new ConfigError('MAIL_FROM must be an address, e.g. Portal <no-reply@example.com>');
  }
  return raw.trim();
}

function parseTrustProxy(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw;
}
