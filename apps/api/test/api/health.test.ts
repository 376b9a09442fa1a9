import { describe, expect, it } from 'vitest';
import { createApp, createDatabase, useTestApp } from '../helpers/test-app.js';

describe('health and readiness', () => {
  const ctx = useTestApp();

  it('GET /api/health answers 200 {status: ok}', async () => {
    const response = await ctx.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/ready answers 200 with the database up', async () => {
    const response = await ctx.app.inject({ url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: 'up' });
  });

  it('needs no session', async () => {
    const response = await ctx.app.inject({
      url: '/api/ready',
      headers: { cookie: 'portal_session=garbage' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('GET /api/ready answers 503 service_unavailable once the database is gone; health stays 200', async () => {
    const lost = await createDatabase();
    const lostApp = await createApp(lost.db);
    try {
      expect((await lostApp.inject({ url: '/api/ready' })).statusCode).toBe(200);
      await lost.db.close();
      const started = Date.now();
      const ready = await lostApp.inject({ url: '/api/ready' });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({
        error: 'service_unavailable',
        message: expect.any(String),
      });
      expect(ready.body).not.toMatch(/\n\s+at /);
      const health = await lostApp.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
    } finally {
      await lostApp.close();
      await lost.close();
    }
  });
});
