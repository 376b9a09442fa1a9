import { describe, expect, it } from 'vitest';
import { createApp, useTestDatabase } from '../helpers/test-app.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  PASSWORD_HASHING: '',
  SESSION_SECRET: 'a-session-secret',
  TOTP_ENCRYPTION_KEY: 'a-totp-key',
  PUBLIC_URL: 'https://portal.example.test',
};

describe('the API docs in production', () => {
  const t = useTestDatabase();

  it('are off unless API_DOCS=true', async () => {
    const app = await createApp(t.db, { env: PRODUCTION });
    try {
      for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/index.html']) {
        const response = await app.inject({ url });
        expect(response.statusCode, url).toBe(404);
        expect(response.json().error).toBe('not_found');
      }
    } finally {
      await app.close();
    }
  });

  it('are served with API_DOCS=true', async () => {
    const app = await createApp(t.db, { env: { ...PRODUCTION, API_DOCS: 'true' } });
    try {
      const document = await app.inject({ url: '/api/docs/json' });
      expect(document.statusCode).toBe(200);
      expect(document.json().openapi).toMatch(/^3\./);
      const page = await app.inject({ url: '/api/docs' });
      expect(page.statusCode).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(page.headers['x-frame-options']).toBe('DENY');
    } finally {
      await app.close();
    }
  });
});

describe('security headers', () => {
  const t = useTestDatabase();

  it('agree on framing and allow no inline script or style, in production too', async () => {
    const app = await createApp(t.db, { env: PRODUCTION });
    try {
      const response = await app.inject({ url: '/api/health' });
      const csp = String(response.headers['content-security-policy']);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("style-src-attr 'none'");
      expect(csp).toContain('upgrade-insecure-requests');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await app.close();
    }
  });

  it('let the dev outbox page use its own style, by hash, and nothing else inline', async () => {
    const app = await createApp(t.db);
    try {
      const page = await app.inject({ url: '/api/dev/outbox/page' });
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
      expect(csp).not.toContain('unsafe-inline');
      const other = await app.inject({ url: '/api/health' });
      expect(String(other.headers['content-security-policy'])).not.toContain('sha256-');
    } finally {
      await app.close();
    }
  });
});
