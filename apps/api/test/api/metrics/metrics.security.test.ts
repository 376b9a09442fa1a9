import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../helpers/free-port.js';
import { createApp, useTestDatabase } from '../../helpers/test-app.js';

const TOKEN = 'metrics-token-for-the-tests';

describe('GET /metrics is served only to whoever may read it', () => {
  const ctx = useTestDatabase();
  let webDist: string;
  const apps: FastifyInstance[] = [];
  const appWith = async (env: Record<string, string>) => {
    const app = await createApp(ctx.db, { env: { WEB_DIST_DIR: webDist, ...env } });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    // A built SPA, so that the test sees /metrics stay out of its fallback.
    webDist = await mkdtemp(path.join(tmpdir(), 'portal-web-'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>SPA</title>');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('answers the ordinary JSON 404 without METRICS_TOKEN, never the SPA page', async () => {
    const app = await appWith({});
    const response = await app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
    // The fallback still works for other paths.
    expect((await app.inject({ url: '/somewhere' })).body).toContain('SPA');
  });

  it('answers 404 without or with a wrong bearer token, and the metrics with the right one', async () => {
    const app = await appWith({ METRICS_TOKEN: TOKEN });
    const unknown = await app.inject({ url: '/api/no-such-path-here' });
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, TOKEN]) {
      const response = await app.inject({
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(response.statusCode, authorization).toBe(404);
      expect(response.json()).toMatchObject({ error: 'not_found' });
      expect(response.headers['content-type']).toBe(unknown.headers['content-type']);
    }
    const response = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('# TYPE portal_sign_ins_total counter');
    expect(response.body).toContain('process_cpu_user_seconds_total');
    expect(response.body).toContain('portal_mail_outbox_pending 0');
  });

  it('serves them on METRICS_PORT without a token, and not on the main port', async () => {
    const port = await freePort();
    const app = await appWith({ METRICS_PORT: String(port), HOST: '127.0.0.1' });
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('portal_http_request_duration_seconds');
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(404);
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404);
  });
});
