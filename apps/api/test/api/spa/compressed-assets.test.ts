import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, useTestDatabase } from '../../helpers/test-app.js';

const COMPRESS_SCRIPT = new URL('../../../../../scripts/compress-assets.mjs', import.meta.url)
  .pathname;
const ROBOTS_TXT = new URL('../../../../web/public/robots.txt', import.meta.url).pathname;
const ASSET = '/assets/index-Ab12Cd34.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built SPA is served precompressed', () => {
  const ctx = useTestDatabase();
  let webDist: string;
  let app: FastifyInstance;
  let script: Buffer;

  beforeAll(async () => {
    webDist = await mkdtemp(path.join(tmpdir(), 'portal-web-'));
    await mkdir(path.join(webDist, 'assets'));
    // Compressible like real code, with some noise so the encoders have work to do.
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `export const v${i} = "${randomBytes(4).toString('hex')}";`,
    );
    script = Buffer.from(lines.join('\n'));
    await writeFile(path.join(webDist, ASSET), script);
    const html = `<!doctype html><title>SPA</title><script src="${ASSET}"></script>${' '.repeat(2000)}`;
    await writeFile(path.join(webDist, 'index.html'), html);
    // The SPA's public/robots.txt, as the build copies it.
    await writeFile(path.join(webDist, 'robots.txt'), await readFile(ROBOTS_TXT));
    // The build's own step, on this directory.
    await promisify(execFile)(process.execPath, [COMPRESS_SCRIPT, webDist]);
    app = await createApp(ctx.db, { env: { WEB_DIST_DIR: webDist } });
  });
  afterAll(async () => {
    await app?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends brotli when asked for it, and its bytes decompress to the file', async () => {
    const response = await get(ASSET, 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.rawPayload.length).toBeLessThan(script.length / 2);
    expect(brotliDecompressSync(response.rawPayload).equals(script)).toBe(true);
  });

  it('sends gzip to a client without brotli', async () => {
    const response = await get(ASSET, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.rawPayload).equals(script)).toBe(true);
  });

  it('sends the file itself without Accept-Encoding', async () => {
    const response = await get(ASSET);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.equals(script)).toBe(true);
  });

  it('never lets the HTML be cached, compressed or not, also as the fallback page', async () => {
    const html = await readFile(path.join(webDist, 'index.html'));
    for (const url of ['/index.html', '/tenant/acme.tenant/login']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toMatch(/no-cache|no-store/);
      expect(brotliDecompressSync(response.rawPayload).equals(html), url).toBe(true);
    }
  });

  it('does not serve the compressed files under their own names (the SPA page answers)', async () => {
    for (const url of [`${ASSET}.br`, `${ASSET}.gz`]) {
      const response = await get(url);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-encoding'], url).toBeUndefined();
    }
  });

  it('answers /robots.txt as text that keeps every crawler out, not with the SPA page', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toMatch(/^User-agent: \*$/m);
    expect(response.body).toMatch(/^Disallow: \/$/m);
  });
});
