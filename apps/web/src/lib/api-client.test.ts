import { ERROR_CODES } from '@portal/shared';
import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/testing/mock-api';
import { ApiError, api, parseRetryAfter } from './api-client';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('api client', () => {
  it('sends JSON with same-origin credentials and parses the answer', async () => {
    mockApi({ 'POST /api/things': ({ body }) => ({ body: { echoed: body } }) });

    await expect(api.post('/api/things', { a: 1 })).resolves.toEqual({ echoed: { a: 1 } });

    const [, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    });
  });

  it('sends PUT and PATCH with a JSON body and DELETE without one', async () => {
    const mock = mockApi({
      'PUT /api/things/1': ({ body }) => ({ body: { put: body } }),
      'PATCH /api/things/1': ({ body }) => ({ body: { patched: body } }),
      'DELETE /api/things/1': { status: 204 },
    });

    await expect(api.put('/api/things/1', { name: 'y' })).resolves.toEqual({
      put: { name: 'y' },
    });
    await expect(api.patch('/api/things/1', { name: 'x' })).resolves.toEqual({
      patched: { name: 'x' },
    });
    await expect(api.delete('/api/things/1')).resolves.toBeUndefined();

    expect(mock.calls.map(({ method, body }) => ({ method, body }))).toEqual([
      { method: 'PUT', body: { name: 'y' } },
      { method: 'PATCH', body: { name: 'x' } },
      { method: 'DELETE', body: undefined },
    ]);
    const [, deleteInit] = vi.mocked(fetch).mock.calls[2] ?? [];
    expect(deleteInit?.headers).toEqual({ Accept: 'application/json' });
  });

  it('resolves undefined for 204 No Content', async () => {
    mockApi({ 'POST /api/auth/logout': { status: 204 } });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('throws an ApiError built from the error body', async () => {
    mockApi({
      'GET /api/x': {
        status: 429,
        body: { error: 'too_many_attempts', message: 'Slow down', retryAfterSeconds: 30 },
        headers: { 'Retry-After': '99' },
      },
    });
    const error = await caught(api.get('/api/x'));
    expect(error).toMatchObject({
      status: 429,
      code: ERROR_CODES.TOO_MANY_ATTEMPTS,
      message: 'Slow down',
      retryAfterSeconds: 30,
    });
  });

  it('takes the wait from Retry-After when the body has none, and keeps the field', async () => {
    mockApi({
      'GET /api/a': {
        status: 429,
        body: { error: 'too_many_attempts', message: 'x' },
        headers: { 'Retry-After': '12' },
      },
      'GET /api/b': {
        status: 400,
        body: { error: 'validation_error', message: 'x', field: 'username' },
      },
    });
    expect((await caught(api.get('/api/a'))).retryAfterSeconds).toBe(12);
    expect((await caught(api.get('/api/b'))).field).toBe('username');
  });

  it('keeps the reason of a weak_password answer', async () => {
    mockApi({
      'POST /api/p': {
        status: 422,
        body: { error: 'weak_password', message: 'x', reason: 'common' },
      },
    });
    const error = await caught(api.post('/api/p', {}));
    expect(error).toMatchObject({ status: 422, code: ERROR_CODES.WEAK_PASSWORD, reason: 'common' });
  });

  it('maps a network failure and a non-JSON 502 to service_unavailable', async () => {
    mockApi({ 'GET /api/down': 'network-error' });
    expect(await caught(api.get('/api/down'))).toMatchObject({
      status: 0,
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
    });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    expect(await caught(api.get('/api/proxy'))).toMatchObject({
      status: 502,
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
