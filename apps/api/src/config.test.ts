import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAIL_FROM, loadConfig, RSP_TIMEOUT_SECONDS } from './config.js';

const production = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'a-session-secret',
  TOTP_ENCRYPTION_KEY: 'a-totp-key',
};

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      trustProxy: false,
      logLevel: 'info',
      fastPasswordHashing: false,
      session: { idleTimeoutSeconds: 1800, absoluteTimeoutSeconds: 43_200 },
    });
    expect(config.publicUrl.href).toBe('http://localhost:3000/');
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads the port, the session timeouts, the step-up age and the auth rate limit', () => {
    const config = loadConfig({
      PORT: '8080',
      SESSION_IDLE_TIMEOUT_SECONDS: '600',
      SESSION_ABSOLUTE_TIMEOUT_SECONDS: '7200',
      STEP_UP_MAX_AGE_SECONDS: '120',
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      PUBLIC_URL: 'https://portal.example.com',
    });
    expect(config.port).toBe(8080);
    expect(config.session).toEqual({
      idleTimeoutSeconds: 600,
      absoluteTimeoutSeconds: 7200,
      stepUpMaxAgeSeconds: 120,
      cacheTtlSeconds: 5,
    });
    expect(config.authRateLimitPerMinute).toBe(5);
    expect(config.publicUrl.protocol).toBe('https:');
  });

  it('asks a step-up within 5 minutes by default, and refuses one under 30 s or over an hour', () => {
    expect(loadConfig({}).session.stepUpMaxAgeSeconds).toBe(300);
    for (const value of ['29', '3601', 'soon']) {
      expect(() => loadConfig({ STEP_UP_MAX_AGE_SECONDS: value })).toThrow(ConfigError);
    }
  });

  it('treats an empty DATABASE_URL as unset (embedded database)', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each(['abc', '-1', '65536', '3000.5', '1e3x'])(
    'refuses PORT=%s with a ConfigError',
    (port) => {
      expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
      expect(() => loadConfig({ PORT: port })).toThrow(/PORT/);
    },
  );

  it.each([
    ['SESSION_IDLE_TIMEOUT_SECONDS', '0'],
    ['SESSION_IDLE_TIMEOUT_SECONDS', 'soon'],
    ['SESSION_ABSOLUTE_TIMEOUT_SECONDS', '59'],
    ['AUTH_RATE_LIMIT_PER_MINUTE', '0'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  });

  it('allows the fast password hashing only outside production', () => {
    expect(loadConfig({ PASSWORD_HASHING: 'fast-insecure-for-tests' }).fastPasswordHashing).toBe(
      true,
    );
    expect(() =>
      loadConfig({ ...production, PASSWORD_HASHING: 'fast-insecure-for-tests' }),
    ).toThrow(ConfigError);
  });

  it('enables the dev fixtures route only with DEV_FIXTURES=true, and never in production', () => {
    expect(loadConfig({}).devFixtures).toBe(false);
    expect(loadConfig({ DEV_FIXTURES: 'true' }).devFixtures).toBe(true);
    expect(loadConfig({ DEV_FIXTURES: 'yes' }).devFixtures).toBe(false);
    expect(loadConfig(production).devFixtures).toBe(false);
    for (const value of ['true', 'false']) {
      expect(() => loadConfig({ ...production, DEV_FIXTURES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, DEV_FIXTURES: value })).toThrow(
        /^DEV_FIXTURES is refused in production/,
      );
    }
  });

  it('ignores other PASSWORD_HASHING values (production parameters)', () => {
    expect(loadConfig({ PASSWORD_HASHING: 'fast' }).fastPasswordHashing).toBe(false);
  });

  it('requires SESSION_SECRET and TOTP_ENCRYPTION_KEY in production', () => {
    expect(loadConfig(production).production).toBe(true);
    expect(() => loadConfig({ ...production, SESSION_SECRET: undefined })).toThrow(
      /SESSION_SECRET/,
    );
    expect(() => loadConfig({ ...production, SESSION_SECRET: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, TOTP_ENCRYPTION_KEY: undefined })).toThrow(
      /TOTP_ENCRYPTION_KEY/,
    );
  });

  it('refuses an http PUBLIC_URL in production, unless loopback or ALLOW_INSECURE_PUBLIC_URL=true', () => {
    const insecure = { ...production, PUBLIC_URL: 'http://portal.example.com' };
    expect(() => loadConfig(insecure)).toThrow(ConfigError);
    expect(() => loadConfig(insecure)).toThrow(/^PUBLIC_URL must use https in production[^\n]*$/);
    expect(loadConfig({ ...insecure, ALLOW_INSECURE_PUBLIC_URL: 'true' }).publicUrl.href).toBe(
      'http://portal.example.com/',
    );
    expect(() => loadConfig({ ...insecure, ALLOW_INSECURE_PUBLIC_URL: 'yes' })).toThrow(
      ConfigError,
    );
    for (const loopback of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]']) {
      expect(loadConfig({ ...production, PUBLIC_URL: loopback }).publicUrl.protocol).toBe('http:');
    }
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://portal.example.com' }).production).toBe(
      true,
    );
    expect(loadConfig({ PUBLIC_URL: 'http://portal.example.com' }).production).toBe(false);
  });

  it('serves the API docs outside production, and in production only with API_DOCS=true', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig(production).apiDocs).toBe(false);
    expect(loadConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ ...production, API_DOCS: '1' }).apiDocs).toBe(false);
  });

  it('does not require the secrets outside production (they are generated into DATA_DIR)', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).sessionSecret).toBeUndefined();
  });

  it.each(['ftp://portal.example.com', 'javascript:alert(1)', 'portal.example.com', 'not a url'])(
    'refuses PUBLIC_URL=%s',
    (url) => {
      expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(ConfigError);
      expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(/PUBLIC_URL/);
    },
  );

  it('reads TRUST_PROXY as boolean or as a list of addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
  });

  it('sends no mail over SMTP by default, from the no-reply address of the portal', () => {
    const config = loadConfig({});
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe(DEFAULT_MAIL_FROM);
    expect(loadConfig({ SMTP_URL: '', MAIL_FROM: '' })).toMatchObject({
      smtpUrl: undefined,
      mailFrom: DEFAULT_MAIL_FROM,
    });
  });

  it('reads SMTP_URL and MAIL_FROM', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:s3cret@smtp.example.com:465',
      MAIL_FROM: ' Acme Portal <portal@acme.example> ',
    });
    expect(config.smtpUrl).toBe('smtps://mailer:s3cret@smtp.example.com:465');
    expect(config.mailFrom).toBe('Acme Portal <portal@acme.example>');
    expect(loadConfig({ MAIL_FROM: 'portal@acme.example' }).mailFrom).toBe('portal@acme.example');
  });

  it.each(['http://smtp.example.com', 'smtp.example.com:587', 'not a url'])(
    'refuses SMTP_URL=%s without repeating it',
    (url) => {
      expect(() => loadConfig({ SMTP_URL: url })).toThrow(ConfigError);
      expect(() => loadConfig({ SMTP_URL: url })).toThrow(/SMTP_URL must be/);
    },
  );

  it('never puts the SMTP password into its error message', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://mailer:pa55word@host' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('pa55word') }),
    );
  });

  it.each(['Portal', 'Portal <no-reply>', 'Portal\r\nBcc: x@evil.example <a@b.example>', 'a@b@c'])(
    'refuses MAIL_FROM=%j',
    (from) => {
      expect(() => loadConfig({ MAIL_FROM: from })).toThrow(/MAIL_FROM/);
    },
  );
});

describe('loadConfig: reseller-portal sign-in', () => {
  const rsp = {
    RSP_ISSUER_URL: 'https://rsp.example.com',
    RSP_CLIENT_ID: 'portal',
    RSP_CLIENT_SECRET: 'client-secret',
  };

  it('is off without any RSP_ variable', () => {
    expect(loadConfig({}).resellerPortal).toBeNull();
    expect(loadConfig({ RSP_ISSUER_URL: '', RSP_CLIENT_ID: ' ' }).resellerPortal).toBeNull();
  });

  it('reads issuer, client and the acr values that count as MFA', () => {
    const config = loadConfig({ ...rsp, RSP_MFA_ACR_VALUES: ' urn:rsp:mfa, phr ,,' });
    expect(config.resellerPortal).toEqual({
      issuer: 'https://rsp.example.com',
      clientId: 'portal',
      clientSecret: 'client-secret',
      mfaAcrValues: ['urn:rsp:mfa', 'phr'],
      allowInsecureRequests: false,
      timeoutSeconds: RSP_TIMEOUT_SECONDS,
    });
    expect(loadConfig(rsp).resellerPortal?.mfaAcrValues).toEqual([]);
  });

  it.each([
    ['RSP_ISSUER_URL', /missing: RSP_ISSUER_URL$/],
    ['RSP_CLIENT_ID', /missing: RSP_CLIENT_ID$/],
    ['RSP_CLIENT_SECRET', /missing: RSP_CLIENT_SECRET$/],
  ])('refuses a partial set without %s, naming what is missing', (name, message) => {
    expect(() => loadConfig({ ...rsp, [name]: '' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...rsp, [name]: undefined })).toThrow(message);
  });

  it('names every missing variable and never repeats the secret', () => {
    expect(() => loadConfig({ RSP_CLIENT_SECRET: 'hush-hush' })).toThrow(
      /missing: RSP_ISSUER_URL, RSP_CLIENT_ID$/,
    );
    expect(() => loadConfig({ RSP_CLIENT_SECRET: 'hush-hush' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hush-hush') }),
    );
  });

  it('refuses RSP_MFA_ACR_VALUES alone', () => {
    expect(() => loadConfig({ RSP_MFA_ACR_VALUES: 'mfa' })).toThrow(/RSP_MFA_ACR_VALUES/);
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010/idp', 'http://[::1]:4010'])(
    'allows plain http for the loopback issuer %s outside production only',
    (issuer) => {
      const config = loadConfig({ ...rsp, RSP_ISSUER_URL: issuer });
      expect(config.resellerPortal?.allowInsecureRequests).toBe(true);
      expect(() => loadConfig({ ...production, ...rsp, RSP_ISSUER_URL: issuer })).toThrow(
        /RSP_ISSUER_URL must use https/,
      );
    },
  );

  it.each([
    'http://rsp.example.com',
    'http://127.0.0.2:4010',
    'http://localhost.evil.example',
    'ftp://rsp.example.com',
    'rsp.example.com',
    'https://rsp.example.com/?tenant=1',
    'https://rsp.example.com/#x',
  ])('refuses RSP_ISSUER_URL=%s', (issuer) => {
    expect(() => loadConfig({ ...rsp, RSP_ISSUER_URL: issuer })).toThrow(/RSP_ISSUER_URL must/);
  });

  it('never allows plain http for an https issuer, in production too', () => {
    expect(loadConfig({ ...production, ...rsp }).resellerPortal?.allowInsecureRequests).toBe(false);
  });
});

describe('loadConfig: metrics', () => {
  it('exposes no metrics by default', () => {
    const config = loadConfig({});
    expect(config.metricsToken).toBeUndefined();
    expect(config.metricsPort).toBeUndefined();
  });

  it('reads METRICS_TOKEN and METRICS_PORT', () => {
    const config = loadConfig({ METRICS_TOKEN: 'a-long-enough-token', METRICS_PORT: '9464' });
    expect(config.metricsToken).toBe('a-long-enough-token');
    expect(config.metricsPort).toBe(9464);
  });

  it.each(['short', 'sixteen chars ok'])('refuses METRICS_TOKEN=%j', (token) => {
    expect(() => loadConfig({ METRICS_TOKEN: token })).toThrow(/METRICS_TOKEN/);
  });

  it.each(['0', '70000', '3000', 'x'])('refuses METRICS_PORT=%s', (port) => {
    expect(() => loadConfig({ METRICS_PORT: port })).toThrow(/METRICS_PORT/);
  });
});

describe('loadConfig: retention', () => {
  it('keeps sent mails 7 days and audit events 365 days by default', () => {
    expect(loadConfig({}).retention).toEqual({ mailRetentionDays: 7, auditRetentionDays: 365 });
  });

  it('reads MAIL_RETENTION_DAYS and AUDIT_RETENTION_DAYS', () => {
    const config = loadConfig({ MAIL_RETENTION_DAYS: '14', AUDIT_RETENTION_DAYS: '730' });
    expect(config.retention).toEqual({ mailRetentionDays: 14, auditRetentionDays: 730 });
  });

  it.each(['0', '-1', 'week'])('refuses a retention of %s days', (days) => {
    expect(() => loadConfig({ MAIL_RETENTION_DAYS: days })).toThrow(/MAIL_RETENTION_DAYS/);
    expect(() => loadConfig({ AUDIT_RETENTION_DAYS: days })).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});

describe('loadConfig: database time limits', () => {
  it('gives queries 5 s and connection waits 3 s by default', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({
      queryTimeoutMs: 5000,
      connectTimeoutMs: 3000,
    });
  });

  it('reads DATABASE_QUERY_TIMEOUT_MS and DATABASE_CONNECT_TIMEOUT_MS', () => {
    const config = loadConfig({
      DATABASE_QUERY_TIMEOUT_MS: '2000',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    });
    expect(config.databaseTimeouts).toEqual({ queryTimeoutMs: 2000, connectTimeoutMs: 1000 });
  });

  it.each(['0', '99', 'soon'])('refuses a time limit of %s', (ms) => {
    expect(() => loadConfig({ DATABASE_QUERY_TIMEOUT_MS: ms })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: ms })).toThrow(
      /DATABASE_CONNECT_TIMEOUT_MS/,
    );
  });
});
