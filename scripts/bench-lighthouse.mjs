// Lighthouse on the built portal's /login, as a first-time visitor on a phone sees it: Lighthouse's
// default mobile preset (simulated slow 4G, 4× CPU slowdown), Debian's Chromium headless. Starts
// the built server (production mode, embedded PGlite in a temporary data directory) on a free port
// of 127.0.0.1, and checks beside it what the score depends on: hashed assets cached for good and
// sent precompressed, and index.html preloading every chunk the login imports.
// Prints numbers; it asserts nothing and is no test (issue 13's targets: performance ≥ 95,
// LCP ≤ 2.5 s). `--json` prints one JSON object instead, for scripts/bench.mjs.
// Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_SKIP_BUILD=1.

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = fileURLToPath(new URL('..', import.meta.url));
const asJson = process.argv.includes('--json');
const log = asJson ? () => {} : (line) => console.log(line);

if (process.env.LIGHTHOUSE_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    stdio: asJson ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(origin, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      const response = await fetch(`${origin}/api/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server was not ready within 60 s');
}

/** What a returning visitor's cache and the wire see of one hashed asset. */
async function assetDelivery(origin, file) {
  const response = await fetch(`${origin}/${file}`, {
    headers: { 'accept-encoding': 'br, gzip' },
  });
  await response.arrayBuffer();
  return {
    file,
    cacheControl: response.headers.get('cache-control'),
    contentEncoding: response.headers.get('content-encoding'),
  };
}

/** The login's initial chunks (the entry and its static imports) that index.html does not preload. */
function chunksNotPreloaded(webDist, html) {
  const manifest = JSON.parse(readFileSync(path.join(webDist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return [...seen].map((key) => manifest[key].file).filter((file) => !html.includes(`/${file}`));
}

const webDist = path.join(root, 'apps/web/dist');
const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-lighthouse-'));
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/server.js')], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: origin,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    TOTP_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

let chrome;
try {
  await waitUntilReady(origin, server);

  const html = await (await fetch(`${origin}/login`)).text();
  const script = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  const delivery = script ? await assetDelivery(origin, script) : undefined;
  const missingPreloads = chunksNotPreloaded(webDist, html);

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  // No config: Lighthouse's default is the mobile preset with simulated throttling.
  const result = await lighthouse(`${origin}/login`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const requests = audits['network-requests']?.details?.items ?? [];
  const scriptTransfer = requests
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);

  const figures = {
    url: `${origin}/login`,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    totalBlockingTimeMs: Math.round(audits['total-blocking-time'].numericValue),
    unusedJsBytes: audits['unused-javascript']?.details?.overallSavingsBytes ?? 0,
    totalTransferBytes: Math.round(audits['total-byte-weight'].numericValue),
    scriptTransferBytes: scriptTransfer,
    requests: requests.length,
    entryCacheControl: delivery?.cacheControl ?? null,
    entryContentEncoding: delivery?.contentEncoding ?? null,
    chunksNotPreloaded: missingPreloads,
  };

  if (asJson) {
    console.log(JSON.stringify(figures));
  } else {
    const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
    log(`Lighthouse, mobile preset (simulated slow 4G, 4× CPU), ${figures.url}`);
    log(`  performance       ${figures.performance}   (target ≥ 95)`);
    log(`  LCP               ${(figures.lcpMs / 1000).toFixed(2)} s   (target ≤ 2.5 s)`);
    log(`  FCP               ${(figures.fcpMs / 1000).toFixed(2)} s`);
    log(`  total blocking    ${figures.totalBlockingTimeMs} ms`);
    log(`  unused JS         ${kib(figures.unusedJsBytes)}`);
    log(`  total transfer    ${kib(figures.totalTransferBytes)} in ${figures.requests} requests`);
    log(`  script transfer   ${kib(figures.scriptTransferBytes)}`);
    log(`  accessibility     ${figures.accessibility}`);
    log(`  best practices    ${figures.bestPractices}`);
    log(
      `  entry chunk       cache-control: ${figures.entryCacheControl}; content-encoding: ${figures.entryContentEncoding}`,
    );
    log(
      `  preloads          ${missingPreloads.length === 0 ? 'every initial chunk of the login' : `missing: ${missingPreloads.join(', ')}`}`,
    );
  }
} finally {
  chrome?.kill();
  server.kill('SIGTERM');
  await new Promise((resolve) => {
    if (server.exitCode !== null) resolve();
    else server.once('exit', resolve);
  });
  rmSync(dataDir, { recursive: true, force: true });
}
