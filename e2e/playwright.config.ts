import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath, missingChromium } from './support/chromium.mjs';
import { E2E_DEMO_PASSWORD } from './support/demo.js';

// Without a browser, one line instead of a failure per test.
const noChromium = missingChromium();
if (noChromium) {
  console.error(noChromium);
  process.exit(1);
}

// The app under test is started exactly as `pnpm start` starts it, on a fresh DATA_DIR.
// Workers re-read this file, so the directory is made once and passed on through the env.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
process.env.E2E_MAIL_DIR ??= path.join(process.env.E2E_DATA_DIR, 'mails');
process.env.E2E_SMTP_PORT ??= '3225';
process.env.E2E_IDP_PORT ??= '3235';
const port = Number(process.env.E2E_PORT ?? 3210);
// localhost, not 127.0.0.1: the relying party id of passkeys is PUBLIC_URL's host, and browsers
// take no IP address as one (WebAuthn needs a domain); localhost is a secure context like it.
const baseURL = `http://localhost:${port}`;
/** The development OpenID provider playing the reseller portal (tools/dev-idp). */
const idpIssuer = `http://127.0.0.1:${process.env.E2E_IDP_PORT}`;

export default defineConfig({
  testDir: './tests',
  globalTeardown: './support/global-teardown.ts',
  // Every test makes its own tenants and accounts (support/fixtures.ts), so tests run in any
  // order, two at a time, against the one app server.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Two browsers and the app share a small machine: a flow with two activations takes 30 s there.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      // A real SMTP server that keeps what the portal sends, for the tests to read.
      command: 'node support/smtp-sink.mjs',
      port: Number(process.env.E2E_SMTP_PORT),
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: process.env.E2E_SMTP_PORT, E2E_MAIL_DIR: process.env.E2E_MAIL_DIR },
    },
    {
      command: '../tools/dev-idp/node_modules/.bin/tsx ../tools/dev-idp/src/cli.ts',
      url: `${idpIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      env: { DEV_IDP_PORT: process.env.E2E_IDP_PORT, DEV_IDP_PORTAL_URL: baseURL },
    },
    {
      command: 'node ../scripts/start.mjs',
      url: `http://127.0.0.1:${port}/api/ready`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: process.env.E2E_DATA_DIR,
        DEMO_PASSWORD: E2E_DEMO_PASSWORD,
        PUBLIC_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
        MAIL_FROM: 'Unified Security Portal <no-reply@portal.example.test>',
        RSP_ISSUER_URL: idpIssuer,
        RSP_CLIENT_ID: 'tenant-portal',
        RSP_CLIENT_SECRET: 'dev-idp-secret',
        // Every e2e test signs in from 127.0.0.1; the per-IP limit has its own API tests.
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
        // POST /api/dev/fixtures, through which each test makes its own data.
        DEV_FIXTURES: 'true',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
