import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../helpers/test-app.js';

const VALID = { tenantDomain: 'acme.tenant', username: 'alice', password: 'secret' };
const FIELDS = ['tenantDomain', 'username', 'password'] as const;

/** Whatever went wrong, the answer is our JSON error: no 500, no stack trace, no HTML page. */
function expectCleanError(response: LightMyRequestResponse, status: number, error: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.body).not.toMatch(/\n\s+at |<html|<!doctype|<body/i);
  expect(response.body).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+/);
  const body = response.json();
  expect(body.error).toBe(error);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(body).not.toHaveProperty('stack');
  expect(body).not.toHaveProperty('statusCode');
  return body as { error: string; message: string; field?: string };
}

describe('bad input on the login route', () => {
  const ctx = useTestApp();

  const post = (options: Omit<InjectOptions, 'method' | 'url'>) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', ...options });

  it.each(FIELDS)('answers a missing %s with 400 validation_error naming it', async (field) => {
    const { [field]: _omitted, ...rest } = VALID;
    const body = expectCleanError(await post({ payload: rest }), 400, 'validation_error');
    expect(body.field).toBe(field);
    expect(body.message).toContain(field);
    expect(body.message).toMatch(/required/);
  });

  it.each(
    FIELDS.flatMap((field) =>
      [
        ['a number', 42],
        ['null', null],
        ['an array', ['a', 'b']],
        ['an object', { value: 'x' }],
        ['a boolean', true],
      ].map(([kind, value]) => [field, kind, value] as const),
    ),
  )('answers %s as %s with 400 validation_error naming it', async (field, _kind, value) => {
    const body = expectCleanError(
      await post({ payload: { ...VALID, [field]: value } }),
      400,
      'validation_error',
    );
    expect(body.field).toBe(field);
    expect(body.message).toContain(field);
  });

  it.each([
    ['tenantDomain', 253],
    ['username', 128],
    ['password', 1024],
  ] as const)(
    'answers an over-long %s (more than %i characters) with 400 naming it',
    async (field, max) => {
      const body = expectCleanError(
        await post({ payload: { ...VALID, [field]: 'a'.repeat(max + 1) } }),
        400,
        'validation_error',
      );
      expect(body.field).toBe(field);
      expect(body.message).toContain(field);
      expect(body.message).toContain(String(max));
    },
  );

  it.each([
    ['tenantDomain', 253],
    ['username', 128],
    ['password', 1024],
  ] as const)('accepts %s at exactly its limit of %i characters (then 401)', async (field, max) => {
    const response = await post({ payload: { ...VALID, [field]: 'a'.repeat(max) } });
    expect(response.statusCode).toBe(401);
  });

  it.each(FIELDS)('answers an empty %s with 400 naming it', async (field) => {
    const body = expectCleanError(
      await post({ payload: { ...VALID, [field]: '' } }),
      400,
      'validation_error',
    );
    expect(body.field).toBe(field);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('answers a JSON body that is %s with 400', async (_what, payload) => {
    const response = await post({ payload, headers: { 'content-type': 'application/json' } });
    expectCleanError(response, 400, 'validation_error');
  });

  it('answers a body over 16 KiB with 413 payload_too_large', async () => {
    const response = await post({ payload: { ...VALID, password: 'a'.repeat(17 * 1024) } });
    expectCleanError(response, 413, 'payload_too_large');
  });

  it('answers a body over 16 KiB with 413 also when its length is not announced', async () => {
    const response = await post({
      payload: JSON.stringify({ ...VALID, padding: 'a'.repeat(20 * 1024) }),
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    expectCleanError(response, 413, 'payload_too_large');
  });

  it.each([
    ['text/plain', JSON.stringify(VALID)],
    ['application/x-www-form-urlencoded', 'tenantDomain=acme.tenant&username=alice&password=x'],
    [
      'multipart/form-data; boundary=XyZ',
      '--XyZ\r\nContent-Disposition: form-data; name="username"\r\n\r\nalice\r\n--XyZ--\r\n',
    ],
    ['application/xml', '<login/>'],
    ['text/html', '<p>hi</p>'],
  ])('answers a %s body with 415 unsupported_media_type', async (contentType, payload) => {
    const response = await post({ payload, headers: { 'content-type': contentType } });
    expectCleanError(response, 415, 'unsupported_media_type');
  });

  it.each([
    ['truncated', '{"tenantDomain": "acme'],
    ['trailing comma', '{"tenantDomain": "acme.tenant",}'],
    ['single quotes', "{'username': 'alice'}"],
    ['not JSON at all', 'hello'],
  ])('answers invalid JSON (%s) with 400', async (_what, payload) => {
    const response = await post({ payload, headers: { 'content-type': 'application/json' } });
    const body = expectCleanError(response, 400, 'validation_error');
    expect(body.message).toMatch(/JSON/);
  });

  it('answers an empty body with a JSON content type with 400', async () => {
    const response = await post({ payload: '', headers: { 'content-type': 'application/json' } });
    expectCleanError(response, 400, 'validation_error');
  });

  it('answers a request without a body with 400 or 415, never 500', async () => {
    const response = await post({});
    expect([400, 415]).toContain(response.statusCode);
    expect(response.body).not.toMatch(/\n\s+at /);
  });

  it('ignores unknown extra fields rather than failing', async () => {
    const response = await post({ payload: { ...VALID, remember: true, isAdmin: true } });
    expect(response.statusCode).toBe(401);
  });

  it('answers a prototype-pollution attempt like any wrong credentials', async () => {
    const response = await post({
      payload: `{"tenantDomain":"acme.tenant","username":"alice","password":"x","__proto__":{"polluted":true}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect([400, 401]).toContain(response.statusCode);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['GET', '/api/nothing-here'],
    ['POST', '/api/nothing-here'],
    ['GET', '/api/auth/login'],
    ['DELETE', '/api/me'],
    ['GET', '/api/../../etc/passwd'],
    ['GET', '/nothing-here'],
  ] as const)('answers %s %s with a JSON 404 not_found', async (method, url) => {
    const response = await ctx.app.inject({ method, url });
    expectCleanError(response, 404, 'not_found');
  });

  it('answers a malformed URL without a 500', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/%E0%A4%A' });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.body).not.toMatch(/\n\s+at |<html/i);
  });
});
