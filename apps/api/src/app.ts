import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import audit from './plugins/app/audit.js';
import background from './plugins/app/background.js';
import lockout from './plugins/app/lockout.js';
import loginChallenges from './plugins/app/login-challenges.js';
import mail from './plugins/app/mail.js';
import ownAccount from './plugins/app/own-account.js';
import passwordResets from './plugins/app/password-reset/index.js';
import passwords from './plugins/app/passwords.js';
import resellerPortal from './plugins/app/reseller-portal.js';
import securityNotices from './plugins/app/security-notices.js';
import type { Clock } from './plugins/app/session-idle.js';
import sessions from './plugins/app/sessions.js';
import signIn from './plugins/app/sign-in/index.js';
import tenantDb from './plugins/app/tenant-db.js';
import tenants from './plugins/app/tenants/index.js';
import twoFactor from './plugins/app/two-factor.js';
import passkeys from './plugins/app/webauthn/index.js';
import contractCheck from './plugins/external/contract-check.js';
import cookiesAndTokens from './plugins/external/cookies.js';
import crossSiteRequests from './plugins/external/cross-site-requests.js';
import database from './plugins/external/database.js';
import errorHandling, { frameworkError, sendError } from './plugins/external/errors.js';
import metrics from './plugins/external/metrics.js';
import openapi from './plugins/external/openapi.js';
import rateLimiting from './plugins/external/rate-limit.js';
import securityHeaders from './plugins/external/security-headers.js';
import spa from './plugins/external/spa.js';
import validation from './plugins/external/validation.js';
import { registerRoutes } from './routes/index.js';
import type { PasswordHasher } from './security/password-hasher.js';
import { serializeRequest } from './security/request-log.js';
import type { SecretBox } from './security/secret-box.js';

export interface AppDependencies {
  config: Config;
  db: Database;
  hasher: PasswordHasher;
  sessionSecret: string;
  /** Seals TOTP secrets at rest (TOTP_ENCRYPTION_KEY). */
  secretBox: SecretBox;
  logger?: FastifyServerOptions['logger'];
  /** Tests: every answer is checked against the contract (a breach becomes a logged 500). */
  checkContract?: boolean;
  /** Tests: the time the sessions' idle and absolute timeouts are measured by. */
  clock?: Clock;
  /** The operator CLI: the services without the HTTP routes (compiling their schemas costs a second). */
  servicesOnly?: boolean;
}

/** 16 KiB is far more than any request of this API needs, and little to parse for an attacker. */
export const BODY_LIMIT_BYTES = 16 * 1024;

export async function buildApp(deps: AppDependencies) {
  const { config, db, hasher, sessionSecret, secretBox, logger } = deps;
  const app = Fastify({
    logger: logger ?? loggerOptions(config),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    // A URL that cannot be decoded (e.g. a lone surrogate's bytes) is bad input like any other.
    frameworkErrors: (error, _request, reply) => sendError(reply, frameworkError(error)),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // JSON only: a form or text body is a 415, which also keeps cross-site form posts out.
  app.removeContentTypeParser(['text/plain']);
  // Hooks that every request passes are synchronous: an async one costs a promise and a tick.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  await app.register(validation);
  if (deps.checkContract) await app.register(contractCheck);
  await app.register(spa, { webDistDir: config.webDistDir });
  await app.register(errorHandling);
  await app.register(crossSiteRequests, { publicUrl: config.publicUrl });
  await app.register(securityHeaders, { publicUrl: config.publicUrl });
  await app.register(openapi, { enabled: config.apiDocs });
  await app.register(database, { db });
  await app.register(metrics, { config });
  await app.register(cookiesAndTokens, { sessionSecret });
  await app.register(rateLimiting, { authPerMinute: config.authRateLimitPerMinute });
  await app.register(passwords, { hasher });
  await app.register(audit);
  await app.register(lockout);
  await app.register(sessions, { config, clock: deps.clock });
  await app.register(tenantDb);
  await app.register(loginChallenges, { config });
  await app.register(mail, { config });
  await app.register(background);
  await app.register(securityNotices);
  await app.register(twoFactor, { secretBox });
  await app.register(resellerPortal, { config });
  await app.register(signIn);
  await app.register(passkeys, { config });
  await app.register(passwordResets);
  await app.register(ownAccount);
  await app.register(tenants);
  if (!deps.servicesOnly) await registerRoutes(app, config);
  return app;
}

/** JSON logs with request ids; anything that could carry a secret is redacted. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // The reseller-portal callback's query (authorization code, state) stays out of the logs.
    serializers: { req: serializeRequest },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.code',
        '*.token',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  };
}
